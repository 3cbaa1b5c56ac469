package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations holds the embedded migration scripts in order; migration i
// brings the schema from user_version i to i+1.
var migrations = loadMigrations()

func loadMigrations() []string {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err) // the pattern is a constant
	}
	sort.Strings(names)
	out := make([]string, len(names))
	for i, name := range names {
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		out[i] = string(b)
	}
	return out
}

// SchemaVersion is the user_version this factdesk writes.
func SchemaVersion() int { return len(migrations) }

// migrate runs the migrations the file has not seen, each in its own
// BEGIN IMMEDIATE transaction that re-reads user_version, so that two
// processes opening a new file at once do not both run a step. Before the
// first step on an older, non-empty file it writes a copy to
// <file>.bak-v<N>.
func (s *Store) migrate(ctx context.Context, info fileInfo) error {
	if !info.empty && int(info.userVersion) < len(migrations) {
		if err := s.backup(ctx, int(info.userVersion)); err != nil {
			return err
		}
	}
	for i, script := range migrations {
		if err := retryBusy(ctx, func() error { return s.migrateStep(ctx, i, script) }); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return s.fillNormKeys(ctx)
}

// fillNormKeys computes the claims.norm keys that a migration cleared
// (SQL cannot: the key is a hash of text folded in Go). It is derived
// data, written without history; there is nothing to do on most opens.
func (s *Store) fillNormKeys(ctx context.Context) error {
	var stale bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM claims WHERE norm = '' AND text <> '')`).Scan(&stale); err != nil || !stale {
		return err
	}
	return s.write(ctx, "compute claim keys", func(t *tx) error {
		rows, err := t.QueryContext(t.ctx, `SELECT id, text FROM claims WHERE norm = '' AND text <> ''`)
		if err != nil {
			return err
		}
		type todo struct{ id, key string }
		var keys []todo
		for rows.Next() {
			var id, text string
			if err := rows.Scan(&id, &text); err != nil {
				rows.Close()
				return err
			}
			if k := normKey(text); k != "" {
				keys = append(keys, todo{id, k})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, k := range keys {
			if _, err := t.exec(`UPDATE claims SET norm = ? WHERE id = ?`, k.key, k.id); err != nil {
				return err
			}
		}
		return nil
	})
}

// openBusyWait bounds how long Open waits for another process that is
// creating or migrating the same file.
const openBusyWait = 10 * time.Second

// retryBusy runs fn again while it fails with SQLITE_BUSY, for up to
// openBusyWait. The busy timeout does not cover every case at open: when
// two processes create a new file at once, switching it to WAL needs an
// exclusive lock, and SQLite returns SQLITE_BUSY there without waiting.
func retryBusy(ctx context.Context, fn func() error) error {
	deadline := time.Now().Add(openBusyWait)
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		err := fn()
		var se *sqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

func (s *Store) migrateStep(ctx context.Context, i int, script string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var version, appID int32
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	if int(version) > i {
		return nil
	}
	if err := tx.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&appID); err != nil {
		return err
	}
	if appID != 0 && appID != ApplicationID {
		return fmt.Errorf("%s: %w", s.path, ErrForeign)
	}
	if _, err := tx.ExecContext(ctx, script); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = %d`, ApplicationID, i+1)); err != nil {
		return err
	}
	return tx.Commit()
}

// backup writes a consistent copy of the file, as it is before migrating
// from version, unless one exists already.
func (s *Store) backup(ctx context.Context, version int) error {
	dst := fmt.Sprintf("%s.bak-v%d", s.path, version)
	if _, err := os.Stat(dst); err == nil {
		return nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("backup: %w", err)
	}
	// Two processes opening the old file at once both back it up: each
	// writes its own copy and links it into place, and the second link
	// finds the first copy there.
	tmp := dst + ".tmp-" + newID()
	defer os.Remove(tmp)
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		return fmt.Errorf("backup to %s: %w", dst, err)
	}
	if err := os.Link(tmp, dst); err != nil && !errors.Is(err, fs.ErrExist) {
		// a file system without hard links: a rename does, racing only
		// with another complete copy
		if err := os.Rename(tmp, dst); err != nil {
			return fmt.Errorf("backup to %s: %w", dst, err)
		}
	}
	return nil
}
