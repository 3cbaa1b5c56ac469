package store

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// state renders what a user sees of the file (live rows), without the
// bookkeeping fields that every change bumps, so that undo can be checked
// against it. Undoing an insert moves the row to the trash, so the trash
// is left out.
func state(t *testing.T, s *Store) string {
	t.Helper()
	ctx := context.Background()
	arts, err := s.Articles(ctx, ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		Articles []ArticleSummary
		Claims   []claims.Claim
		People   []claims.Person
	}
	var v view
	for _, a := range arts {
		a.UpdatedAt, a.UpdatedBy, a.Version = time.Time{}, "", 0
		v.Articles = append(v.Articles, a)
		cs, err := s.Claims(ctx, a.ID, ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			c.UpdatedAt, c.UpdatedBy, c.Version = time.Time{}, "", 0
			for i := range c.Sources {
				c.Sources[i].UpdatedAt, c.Sources[i].UpdatedBy, c.Sources[i].Version = time.Time{}, "", 0
			}
			v.Claims = append(v.Claims, c)
		}
	}
	if v.People, err = s.People(ctx); err != nil {
		t.Fatal(err)
	}
	for i := range v.People {
		v.People[i].UpdatedAt, v.People[i].UpdatedBy, v.People[i].Version = time.Time{}, "", 0
	}
	b, _ := json.MarshalIndent(v, "", " ")
	return string(b)
}

func TestUndoEachChange(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		change func(t *testing.T, s *Store, articleID string, cs []claims.Claim) error
	}{
		{"verdict", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			return s.SetVerdict(ctx, cs[0].ID, claims.False)
		}},
		{"note", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			return s.SetNote(ctx, cs[0].ID, "Laut Melderegister 69.")
		}},
		{"add source", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			_, err := s.AddSource(ctx, cs[1].ID, claims.Source{URL: "https://example.org/polizei"})
			return err
		}},
		{"edit source", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			return s.UpdateSource(ctx, claims.Source{ID: cs[2].Sources[0].ID, URL: "https://example.org/hafen-neu", Title: "Hafenbericht 2025"})
		}},
		{"remove source", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			return s.RemoveSource(ctx, cs[2].Sources[0].ID)
		}},
		{"evidence", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			return s.AttachEvidence(ctx, cs[2].Sources[0].ID, "bericht.txt", "text/plain", []byte("neu"))
		}},
		{"claim edit", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			text, kind := "Rostock ist der größte Ostseehafen.", claims.KindTrade
			return s.UpdateClaim(ctx, cs[2].ID, ClaimUpdate{Text: &text, Kind: &kind})
		}},
		{"add claim", func(t *testing.T, s *Store, articleID string, cs []claims.Claim) error {
			_, err := s.AddClaim(ctx, articleID, claims.Claim{Found: claims.Found{Kind: claims.KindFact, Start: 0, End: 15}})
			return err
		}},
		{"split", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			_, _, err := s.SplitClaim(ctx, cs[1].ID, cs[1].Start+27)
			return err
		}},
		{"merge claims", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			_, err := s.MergeClaims(ctx, []string{cs[2].ID, cs[1].ID})
			return err
		}},
		{"delete claim", func(t *testing.T, s *Store, _ string, cs []claims.Claim) error {
			return s.DeleteClaim(ctx, cs[3].ID)
		}},
		{"delete article", func(t *testing.T, s *Store, articleID string, _ []claims.Claim) error {
			return s.DeleteArticle(ctx, articleID)
		}},
		{"update article", func(t *testing.T, s *Store, articleID string, _ []claims.Claim) error {
			a, _ := s.Article(ctx, articleID)
			a.Title, a.Published, a.Status = "Neu", "2026-02-17", claims.StatusDone
			return s.UpdateArticle(ctx, a)
		}},
		{"save person", func(t *testing.T, s *Store, _ string, _ []claims.Claim) error {
			_, err := s.SavePerson(ctx, claims.Person{Name: "Frank-Walter Steinmeier", Born: "1956-01-05"})
			return err
		}},
		{"import", func(t *testing.T, s *Store, _ string, _ []claims.Claim) error {
			a, cs := englishArticle(t)
			_, err := s.ImportArticle(ctx, a, cs)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			articleID, cs := importGerman(t, s)
			if _, err := s.AddSource(ctx, cs[2].ID, claims.Source{URL: "https://example.org/hafen", Title: "Hafenbericht"}); err != nil {
				t.Fatal(err)
			}
			if err := s.AttachEvidence(ctx, mustClaim(t, s, cs[2].ID).Sources[0].ID, "alt.txt", "text/plain", []byte("alt")); err != nil {
				t.Fatal(err)
			}
			cs, _ = s.Claims(ctx, articleID, ClaimFilter{})
			before := state(t, s)
			if err := tt.change(t, s, articleID, cs); err != nil {
				t.Fatalf("change: %v", err)
			}
			if state(t, s) == before {
				t.Fatal("the change changed nothing")
			}
			ch, err := s.Undo(ctx)
			if err != nil {
				t.Fatalf("Undo: %v", err)
			}
			if ch.Group == "" || ch.Actor != "anna" {
				t.Errorf("Undo() = %+v, want the undone change", ch)
			}
			if after := state(t, s); after != before {
				t.Errorf("after Undo the file differs:\nbefore %s\nafter  %s", before, after)
			}
			if _, _, data, err := s.Evidence(ctx, mustClaim(t, s, cs[2].ID).Sources[0].ID); err != nil || string(data) != "alt" {
				t.Errorf("after Undo, Evidence = %q, %v; want the old file", data, err)
			}
			if probs, err := s.Check(ctx); err != nil || len(probs) != 0 {
				t.Errorf("after Undo, Check() = %v, %v", probs, err)
			}
		})
	}
}

func mustClaim(t testing.TB, s *Store, id string) claims.Claim {
	t.Helper()
	c, err := s.Claim(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestUndoWalksBackAndStops(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.Undo(ctx); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("Undo on a new file = %v, want ErrNothingToUndo", err)
	}
	_, cs := importGerman(t, s)
	id := cs[0].ID
	for _, v := range []claims.Verdict{claims.True, claims.False, claims.Mixed} {
		if err := s.SetVerdict(ctx, id, v); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []claims.Verdict{claims.False, claims.True, claims.Unreviewed} {
		if _, err := s.Undo(ctx); err != nil {
			t.Fatal(err)
		}
		if got := mustClaim(t, s, id).Review.Verdict; got != want {
			t.Errorf("after Undo, verdict = %q, want %q", got, want)
		}
	}
	// The next undo reverts the import: the article goes to the trash.
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.Articles(ctx, ArticleFilter{}); len(list) != 0 {
		t.Errorf("after undoing the import, Articles() = %d, want 0", len(list))
	}
	if _, err := s.Undo(ctx); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("Undo past the first change = %v, want ErrNothingToUndo", err)
	}
	h, _ := s.History(ctx, id, 0)
	undos := 0
	for _, c := range h {
		if c.Op == "undo" {
			undos++
		}
	}
	// verdict, reviewer and time, then verdict and time twice (the reviewer
	// stays anna); then the import: the claim to the trash.
	if undos != 3+2+2+1 {
		t.Errorf("history of the claim holds %d undo rows, want 8", undos)
	}
}

func TestTrashRestoreEmpty(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	articleID, cs := importGerman(t, s)
	srcID, err := s.AddSource(ctx, cs[0].ID, claims.Source{URL: "https://example.org/a"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveSource(ctx, srcID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteClaim(ctx, cs[1].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteClaim(ctx, cs[1].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting a trashed claim = %v, want ErrNotFound", err)
	}
	trash, err := s.Trash(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(trash) != 2 || trash[0].Entity != "claim" || trash[0].ID != cs[1].ID || trash[1].Entity != "source" || trash[1].Label != "https://example.org/a" {
		t.Fatalf("Trash() = %+v, want the claim, then the source", trash)
	}
	if got, _ := s.Claims(ctx, articleID, ClaimFilter{}); len(got) != 3 {
		t.Errorf("Claims() with one in the trash = %d, want 3", len(got))
	}
	if err := s.RestoreClaim(ctx, cs[1].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreSource(ctx, srcID); err != nil {
		t.Fatal(err)
	}
	if c := mustClaim(t, s, cs[0].ID); len(c.Sources) != 1 {
		t.Errorf("after RestoreSource, sources = %+v, want the source back", c.Sources)
	}
	if err := s.RemoveSource(ctx, srcID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Claims(ctx, articleID, ClaimFilter{}); len(got) != 4 {
		t.Errorf("Claims() after restore = %d, want 4", len(got))
	}
	if err := s.DeleteArticle(ctx, articleID); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.Articles(ctx, ArticleFilter{}); len(list) != 0 {
		t.Errorf("Articles() with the article in the trash = %d, want 0", len(list))
	}
	if list, _ := s.Articles(ctx, ArticleFilter{IncludeDeleted: true}); len(list) != 1 || list[0].DeletedAt.IsZero() {
		t.Errorf("Articles(IncludeDeleted) = %+v, want the trashed article", list)
	}
	if err := s.RestoreArticle(ctx, articleID); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.Articles(ctx, ArticleFilter{}); len(list) != 1 || list[0].Claims != 4 {
		t.Errorf("Articles() after restore = %+v, want 1 article with 4 claims", list)
	}
	if err := s.DeleteArticle(ctx, articleID); err != nil {
		t.Fatal(err)
	}
	n, err := s.EmptyTrash(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 { // the article and the removed source
		t.Errorf("EmptyTrash() = %d, want 2", n)
	}
	if _, err := s.Article(ctx, articleID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article() after EmptyTrash = %v, want ErrNotFound", err)
	}
	if _, err := s.Claim(ctx, cs[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Claim() of a purged article = %v, want ErrNotFound", err)
	}
	if trash, _ := s.Trash(ctx); len(trash) != 0 {
		t.Errorf("Trash() after EmptyTrash = %+v, want empty", trash)
	}
	if probs, err := s.Check(ctx); err != nil || len(probs) != 0 {
		t.Errorf("Check() after EmptyTrash = %v, %v", probs, err)
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Errorf("Undo after EmptyTrash: %v (the purge is skipped, the earlier delete is undone)", err)
	}
}

func TestUndoRestore(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	articleID, cs := importGerman(t, s)
	tests := []struct {
		name           string
		trash, untrash func() error
	}{
		{"claim", func() error { return s.DeleteClaim(ctx, cs[0].ID) }, func() error { return s.RestoreClaim(ctx, cs[0].ID) }},
		{"article", func() error { return s.DeleteArticle(ctx, articleID) }, func() error { return s.RestoreArticle(ctx, articleID) }},
	}
	for _, tt := range tests {
		if err := tt.trash(); err != nil {
			t.Fatal(err)
		}
		trashed := state(t, s)
		if err := tt.untrash(); err != nil {
			t.Fatal(err)
		}
		if state(t, s) == trashed {
			t.Fatalf("restoring the %s changed nothing", tt.name)
		}
		ch, err := s.Undo(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if ch.Op != "restore" || ch.Field != "deleted_at" {
			t.Errorf("Undo() of restoring the %s = %+v, want the restore", tt.name, ch)
		}
		if state(t, s) != trashed {
			t.Errorf("after undoing the restore, the %s is not back in the trash", tt.name)
		}
		if _, err := s.Undo(ctx); err != nil { // and the delete
			t.Fatal(err)
		}
	}
}

func TestHistoryOrderAndLimit(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	_, cs := importGerman(t, s)
	s.SetNote(ctx, cs[1].ID, "eins")
	s.SetNote(ctx, cs[1].ID, "zwei")
	all, err := s.History(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(all); i++ {
		if all[i].Seq >= all[i-1].Seq {
			t.Fatalf("History() not newest first at %d: %d after %d", i, all[i].Seq, all[i-1].Seq)
		}
	}
	two, _ := s.History(ctx, cs[1].ID, 2)
	if len(two) != 2 || two[0].New != `"zwei"` || two[0].Old != `"eins"` || two[1].New != `"eins"` || two[1].Old != `""` {
		t.Errorf("History(claim, 2) = %+v, want the two notes, newest first", two)
	}
	if two[0].Actor != "anna" || two[0].Entity != "review" || two[0].At.Before(two[1].At) {
		t.Errorf("History(claim, 2)[0] = %+v, want anna's review change", two[0])
	}
}
