package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// snapshot records a file's bytes and time and its folder's listing.
type snapshot struct {
	data  []byte
	mtime time.Time
	names []string
}

func takeSnapshot(t *testing.T, path string) snapshot {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return snapshot{data, st.ModTime(), names}
}

// rawExec runs statements on a plain connection, the way another program
// would write its own SQLite file.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open(driverName, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, st := range stmts {
		if _, err := db.Exec(st); err != nil {
			t.Fatalf("%s: %v", st, err)
		}
	}
}

func TestOpenRefusesFilesUntouched(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		want error
	}{
		{"text file", func(t *testing.T, path string) {
			os.WriteFile(path, bytes.Repeat([]byte("Kein SQLite, nur Text.\n"), 20), 0o644)
		}, ErrNotDatabase},
		{"short file", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("SQLite format 3"), 0o644)
		}, ErrNotDatabase},
		{"other program's database", func(t *testing.T, path string) {
			rawExec(t, path, `PRAGMA application_id = 4660`, `CREATE TABLE notes (body TEXT)`)
		}, ErrForeign},
		{"unmarked database with tables", func(t *testing.T, path string) {
			rawExec(t, path, `CREATE TABLE notes (body TEXT)`, `INSERT INTO notes VALUES ('x')`)
		}, ErrForeign},
		{"newer factdesk", func(t *testing.T, path string) {
			s, err := Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			rawExec(t, path, `PRAGMA user_version = 99`)
		}, ErrNewer},
		{"read-only file", func(t *testing.T, path string) {
			s, err := Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			if err := os.Chmod(path, 0o444); err != nil {
				t.Fatal(err)
			}
		}, ErrReadOnly},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "file.db")
			tt.make(t, path)
			old := time.Now().Add(-time.Hour).Truncate(time.Second)
			if err := os.Chtimes(path, old, old); err != nil {
				t.Fatal(err)
			}
			before := takeSnapshot(t, path)
			s, err := Open(context.Background(), path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) = nil error, want %v", tt.name, tt.want)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("Open(%s) = %v, want %v", tt.name, err, tt.want)
			}
			if !bytes.Contains([]byte(err.Error()), []byte(path)) {
				t.Errorf("Open(%s) error %q does not name the file", tt.name, err)
			}
			after := takeSnapshot(t, path)
			if !bytes.Equal(before.data, after.data) || !before.mtime.Equal(after.mtime) || !slices.Equal(before.names, after.names) {
				t.Errorf("Open(%s) changed the file or its folder: %d→%d bytes, mtime %v→%v, files %v→%v",
					tt.name, len(before.data), len(after.data), before.mtime, after.mtime, before.names, after.names)
			}
		})
	}
}

func TestOpenEmptyFileIsNewDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.factdesk")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s := openAt(t, path)
	if _, cs := importGerman(t, s); len(cs) != 4 {
		t.Fatalf("import into a new file stored %d claims, want 4", len(cs))
	}
	var app, version int
	s.db.QueryRow(`PRAGMA application_id`).Scan(&app)
	s.db.QueryRow(`PRAGMA user_version`).Scan(&version)
	if app != ApplicationID || version != SchemaVersion() {
		t.Errorf("application_id, user_version = %#x, %d; want %#x, %d", app, version, ApplicationID, SchemaVersion())
	}
}

func TestReopenKeepsSchemaAndRerunsNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "again.factdesk")
	s := openAt(t, path)
	importGerman(t, s)
	s.Close()
	s2 := openAt(t, path)
	list, err := s2.Articles(context.Background(), ArticleFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("after reopening, Articles() = %d, %v; want 1 article", len(list), err)
	}
	// Every migration script is written to be safe to run twice.
	for i, script := range migrations {
		if _, err := s2.db.Exec(script); err != nil {
			t.Errorf("running migration %d again: %v", i+1, err)
		}
	}
	if err := s2.fillNormKeys(context.Background()); err != nil {
		t.Fatal(err)
	}
	if probs, err := s2.Check(context.Background()); err != nil || len(probs) != 0 {
		t.Errorf("after running the migrations again, Check() = %v, %v", probs, err)
	}
	if list, _ := s2.Articles(context.Background(), ArticleFilter{}); len(list) != 1 || list[0].Claims != 4 {
		t.Errorf("after running the migrations again, Articles() = %+v, want 1 article with 4 claims", list)
	}
}

func TestOlderFileIsBackedUp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.factdesk")
	s := openAt(t, path)
	importGerman(t, s)
	s.Close()
	// Pretend the file is at version 0 with data, as if from before migration 1.
	rawExec(t, path, `PRAGMA user_version = 0`)
	s2 := openAt(t, path)
	if list, _ := s2.Articles(context.Background(), ArticleFilter{}); len(list) != 1 {
		t.Errorf("after migrating, Articles() = %d articles, want 1", len(list))
	}
	if _, err := os.Stat(path + ".bak-v0"); err != nil {
		t.Errorf("no backup before migrating: %v", err)
	}
	if left, _ := filepath.Glob(path + ".bak-v0.tmp-*"); len(left) > 0 {
		t.Errorf("the backup left its temporary copy behind: %v", left)
	}
}

func TestMigrationFiveRecomputesClaimKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v4.factdesk")
	s := openAt(t, path)
	_, cs := importGerman(t, s)
	want := normKey(cs[2].Text)
	s.Close()
	// A version 4 file kept the folded text itself.
	rawExec(t, path, `UPDATE claims SET norm = 'die stadt ist der grosste ostseehafen deutschlands'`, `PRAGMA user_version = 4`)
	s2 := openAt(t, path)
	var got string
	if err := s2.ro.QueryRow(`SELECT norm FROM claims WHERE id = ?`, cs[2].ID).Scan(&got); err != nil || got != want {
		t.Errorf("after migration 5, norm = %q, %v; want %q", got, err, want)
	}
	if _, err := os.Stat(path + ".bak-v4"); err != nil {
		t.Errorf("no backup of the version 4 file: %v", err)
	}
}
