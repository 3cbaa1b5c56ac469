package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// twoCopies creates a file with the German article and a copy of it, and
// opens both: A as anna, B as ben whose clock runs an hour later.
func twoCopies(t *testing.T) (a, b *Store, cs []claims.Claim) {
	t.Helper()
	dir := t.TempDir()
	pa, pb := filepath.Join(dir, "anna.factdesk"), filepath.Join(dir, "ben.factdesk")
	a = openAt(t, pa)
	_, cs = importGerman(t, a)
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(pa)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pb, data, 0o644); err != nil {
		t.Fatal(err)
	}
	a, b = openAt(t, pa), openAt(t, pb)
	b.SetActor("ben")
	b.SetClock(testClock(clockStart.Add(time.Hour)))
	return a, b, cs
}

func historyLen(t *testing.T, s *Store) int {
	h, err := s.History(context.Background(), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	return len(h)
}

func TestMergeConflictsAndIdempotence(t *testing.T) {
	ctx := context.Background()
	a, b, cs := twoCopies(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	// Both give claim 0 a verdict, ben later; each writes another note.
	must(a.SetVerdict(ctx, cs[0].ID, claims.True))
	must(a.SetNote(ctx, cs[1].ID, "Anna: Polizei zählte weniger."))
	must(b.SetVerdict(ctx, cs[0].ID, claims.False))
	must(b.SetNote(ctx, cs[2].ID, "Ben: Hamburg liegt nicht an der Ostsee."))
	_, err := b.AddSource(ctx, cs[3].ID, claims.Source{URL: "https://example.org/video"})
	must(err)
	must(b.DeleteClaim(ctx, cs[1].ID))
	ea, ecs := englishArticle(t)
	en, err := b.ImportArticle(ctx, ea, ecs)
	must(err)
	_, err = b.SavePerson(ctx, claims.Person{Name: "Jane Doe", Born: "1971-02-21"})
	must(err)

	rep, err := a.Merge(ctx, b.Path())
	must(err)
	if rep.Articles != 1 || rep.People != 1 || rep.Sources != 1 || rep.Claims < 3 || rep.Reviews < 2 || rep.History == 0 {
		t.Errorf("Merge report = %+v, want 1 article, 1 person, 1 source, claims and reviews", rep)
	}
	var verdict *Conflict
	for i, c := range rep.Conflicts {
		if c.EntityID != cs[0].ID || c.Entity != "review" {
			t.Errorf("unexpected conflict %+v", c)
		}
		if c.Field == "verdict" {
			verdict = &rep.Conflicts[i]
		}
	}
	if verdict == nil || verdict.Kept != `"false"` || verdict.Lost != `"true"` || !verdict.KeptAt.After(verdict.LostAt) {
		t.Fatalf("verdict conflict = %+v, want false (ben, later) kept over true", verdict)
	}
	if got := mustClaim(t, a, cs[0].ID).Review; got.Verdict != claims.False || got.Reviewer != "ben" {
		t.Errorf("after merge, claim 0 review = %+v, want ben's false", got)
	}
	c1 := mustClaim(t, a, cs[1].ID)
	if c1.Review.Note != "Anna: Polizei zählte weniger." || c1.DeletedAt.IsZero() {
		t.Errorf("after merge, claim 1 = note %q deleted %v; want anna's note, deleted by ben", c1.Review.Note, c1.DeletedAt)
	}
	if got := mustClaim(t, a, cs[2].ID).Review.Note; got != "Ben: Hamburg liegt nicht an der Ostsee." {
		t.Errorf("after merge, claim 2 note = %q, want ben's", got)
	}
	if got := mustClaim(t, a, cs[3].ID).Sources; len(got) != 1 {
		t.Errorf("after merge, claim 3 sources = %+v, want ben's", got)
	}
	enClaims, err := a.Claims(ctx, en.ArticleID, ClaimFilter{Kind: claims.KindAge})
	if err != nil || len(enClaims) != 1 || enClaims[0].AgeCheck.Result != claims.AgeRight {
		t.Errorf("merged English article age claims = %+v, %v; want one, checked right", enClaims, err)
	}
	if probs, err := a.Check(ctx); err != nil || len(probs) != 0 {
		t.Errorf("Check after merge = %v, %v", probs, err)
	}

	// Merging again changes nothing.
	before, hist := state(t, a), historyLen(t, a)
	rep2, err := a.Merge(ctx, b.Path())
	must(err)
	if rep2.Articles+rep2.Claims+rep2.Reviews+rep2.Sources+rep2.People+rep2.History != 0 || len(rep2.Conflicts) != 0 {
		t.Errorf("second Merge report = %+v, want nothing", rep2)
	}
	if state(t, a) != before || historyLen(t, a) != hist {
		t.Error("second Merge changed the file")
	}

	// Ben merges anna's file: both now hold the same.
	rep3, err := b.Merge(ctx, a.Path())
	must(err)
	if len(rep3.Conflicts) != 0 {
		t.Errorf("merging back reports conflicts: %+v", rep3.Conflicts)
	}
	if sa, sb := state(t, a), state(t, b); sa != sb {
		t.Errorf("after merging both ways the files differ:\nanna %s\nben  %s", sa, sb)
	}
	// Undo does not revert what Merge brought in.
	if _, err := a.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if got := mustClaim(t, a, cs[0].ID).Review.Verdict; got != claims.False {
		t.Errorf("after Undo in anna's file, claim 0 verdict = %q; want ben's false to stay", got)
	}
}

func TestMergeRefusesBadFiles(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("nur Text, kein SQLite, und lang genug für einen Kopf von hundert Bytes ............................."), 0o644)
	foreign := filepath.Join(dir, "other.db")
	rawExec(t, foreign, `CREATE TABLE notes (body TEXT)`)
	tests := []struct {
		path string
		want error
	}{
		{text, ErrNotDatabase},
		{foreign, ErrForeign},
	}
	for _, tt := range tests {
		before := takeSnapshot(t, tt.path)
		if _, err := s.Merge(ctx, tt.path); !errors.Is(err, tt.want) {
			t.Errorf("Merge(%s) = %v, want %v", filepath.Base(tt.path), err, tt.want)
		}
		after := takeSnapshot(t, tt.path)
		if string(before.data) != string(after.data) || !before.mtime.Equal(after.mtime) {
			t.Errorf("Merge(%s) changed the file", filepath.Base(tt.path))
		}
	}
	if _, err := s.Merge(ctx, s.Path()); err == nil {
		t.Error("Merge(itself) = nil error, want one")
	}
	if _, err := s.Merge(ctx, filepath.Join(dir, "missing.factdesk")); err == nil {
		t.Error("Merge(missing file) = nil error, want one")
	}
}

func TestCheckFindsBadSpan(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	_, cs := importGerman(t, s)
	if probs, err := s.Check(ctx); err != nil || len(probs) != 0 {
		t.Fatalf("Check() on a good file = %v, %v", probs, err)
	}
	if _, err := s.db.Exec(`UPDATE claims SET "end" = 100000 WHERE id = ?`, cs[1].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`INSERT INTO people (id, name, updated_at) VALUES ('p-without-history', 'Niemand', 0)`); err != nil {
		t.Fatal(err)
	}
	probs, err := s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 2 || probs[0].Check != "span" || probs[1].Check != "history" {
		t.Fatalf("Check() = %+v, want a span and a history problem", probs)
	}
}

func TestMergeLeavesOtherFileAlone(t *testing.T) {
	ctx := context.Background()
	a, b, _ := twoCopies(t)
	ea, ecs := englishArticle(t)
	if _, err := b.ImportArticle(ctx, ea, ecs); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	old := clockStart.Add(-time.Hour)
	os.Chtimes(b.Path(), old, old)
	before := takeSnapshot(t, b.Path())
	if _, err := a.Merge(ctx, b.Path()); err != nil {
		t.Fatal(err)
	}
	after := takeSnapshot(t, b.Path())
	if string(before.data) != string(after.data) || !before.mtime.Equal(after.mtime) || !slices.Equal(before.names, after.names) {
		t.Errorf("Merge changed the other file or its folder: files %v → %v", before.names, after.names)
	}
	if list, _ := a.Articles(ctx, ArticleFilter{}); len(list) != 2 {
		t.Errorf("after Merge, Articles() = %d, want 2", len(list))
	}
}

func TestMergeDoesNotBringBackPurgedRows(t *testing.T) {
	ctx := context.Background()
	a, b, cs := twoCopies(t)
	articleID := cs[0].ArticleID
	// Anna throws away one claim, then the whole article, for good.
	if err := a.DeleteClaim(ctx, cs[3].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.EmptyTrash(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteArticle(ctx, articleID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.EmptyTrash(ctx); err != nil {
		t.Fatal(err)
	}
	// Ben, who still has them, adds a source to a claim.
	if _, err := b.AddSource(ctx, cs[1].ID, claims.Source{URL: "https://example.org/x"}); err != nil {
		t.Fatal(err)
	}
	rep, err := a.Merge(ctx, b.Path())
	if err != nil {
		t.Fatalf("Merge: %v", err)
	}
	if rep.Articles+rep.Claims+rep.Sources != 0 {
		t.Errorf("Merge report = %+v, want no rows brought back", rep)
	}
	if _, err := a.Article(ctx, articleID); !errors.Is(err, ErrNotFound) {
		t.Errorf("purged article after Merge: %v, want ErrNotFound", err)
	}
	if probs, err := a.Check(ctx); err != nil || len(probs) != 0 {
		t.Errorf("Check() = %v, %v", probs, err)
	}
}

func TestMergeIndexesNewRowsAndKeepsFullTextSettings(t *testing.T) {
	ctx := context.Background()
	a, b, _ := twoCopies(t)
	ea, ecs := englishArticle(t)
	if _, err := b.ImportArticle(ctx, ea, ecs); err != nil {
		t.Fatal(err)
	}
	if _, err := a.db.ExecContext(ctx, `INSERT INTO claims_fts (claims_fts, rank) VALUES ('automerge', 8)`); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Merge(ctx, b.Path()); err != nil {
		t.Fatal(err)
	}
	hits, err := a.Search(ctx, "bridge", 0)
	if err != nil || !slices.ContainsFunc(hits, func(h Hit) bool { return h.Field == "claim" }) ||
		!slices.ContainsFunc(hits, func(h Hit) bool { return h.Field == "title" }) {
		t.Errorf("Search(bridge) after Merge = %+v, %v; want the merged article's title and claims", hits, err)
	}
	for _, tc := range []struct {
		fts, key string
		want     int64 // -1: FTS5's default, no row
	}{
		{"claims_fts", "automerge", 8}, {"claims_fts", "hashsize", -1},
		{"articles_fts", "automerge", -1}, {"articles_fts", "hashsize", -1},
	} {
		got := int64(-1)
		a.db.QueryRowContext(ctx, `SELECT v FROM `+tc.fts+`_config WHERE k = ?`, tc.key).Scan(&got)
		if got != tc.want {
			t.Errorf("%s %s after Merge = %d, want %d", tc.fts, tc.key, got, tc.want)
		}
	}
	if probs, err := a.Check(ctx); err != nil || len(probs) != 0 {
		t.Errorf("Check() = %v, %v", probs, err)
	}
}
