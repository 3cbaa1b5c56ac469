package store

import (
	"context"
	"errors"
	"testing"

	"github.com/factdesk/factdesk/claims"
)

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/round.factdesk"
	s := openAt(t, path)
	a, cs := germanArticle(t)
	res, err := s.ImportArticle(ctx, a, cs)
	if err != nil {
		t.Fatal(err)
	}
	if res.Existing || res.Claims != len(cs) {
		t.Fatalf("ImportArticle = %+v, want new with %d claims", res, len(cs))
	}
	got, err := s.Claims(ctx, res.ArticleID, ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(cs) {
		t.Fatalf("Claims returned %d claims, want %d", len(got), len(cs))
	}
	quote := got[3]
	if err := s.SetVerdict(ctx, quote.ID, claims.MostlyTrue); err != nil {
		t.Fatal(err)
	}
	if err := s.SetNote(ctx, quote.ID, "Rede liegt als Video vor."); err != nil {
		t.Fatal(err)
	}
	srcID, err := s.AddSource(ctx, quote.ID, claims.Source{URL: "https://example.org/rede", Title: "Redetext"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateSource(ctx, claims.Source{ID: srcID, URL: "https://example.org/rede", Title: "Redetext", Publisher: "Bundespräsidialamt", Excerpt: "zusammenhalten"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s2 := openAt(t, path)
	art, err := s2.Article(ctx, res.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if art.Text != a.Text || art.Title != a.Title || art.Published != a.Published || art.Hash != HashText(a.Text) || art.Status != claims.StatusOpen {
		t.Errorf("Article() = %+v, want the imported article", art)
	}
	if art.CreatedAt.IsZero() || art.UpdatedBy != "anna" || art.Version != 1 {
		t.Errorf("Article() stamps = created %v by %q version %d, want set by anna, version 1", art.CreatedAt, art.UpdatedBy, art.Version)
	}
	c, err := s2.Claim(ctx, quote.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := cs[3]
	if c.Text != want.Text || c.Start != want.Start || c.End != want.End || c.Kind != want.Kind ||
		c.Speaker != want.Speaker || c.Cue != want.Cue || c.Quote != want.Quote || !c.Direct || c.Origin != claims.OriginExtracted {
		t.Errorf("Claim() = %+v, want %+v", c, want)
	}
	if c.Review.Verdict != claims.MostlyTrue || c.Review.Note != "Rede liegt als Video vor." || c.Review.Reviewer != "anna" || c.Review.ReviewedAt.IsZero() {
		t.Errorf("Claim().Review = %+v, want mostly-true with note by anna", c.Review)
	}
	if len(c.Sources) != 1 || c.Sources[0].Publisher != "Bundespräsidialamt" || c.Sources[0].Accessed != "2026-03-01" || c.Sources[0].Version != 2 {
		t.Errorf("Claim().Sources = %+v, want one updated source accessed 2026-03-01", c.Sources)
	}
	if err := s2.RemoveSource(ctx, srcID); err != nil {
		t.Fatal(err)
	}
	c, _ = s2.Claim(ctx, quote.ID)
	if len(c.Sources) != 0 {
		t.Errorf("after RemoveSource, Sources = %+v, want none", c.Sources)
	}
	num, _ := s2.Claim(ctx, got[1].ID)
	if num.Value != 4000 || num.Unit != "Menschen" {
		t.Errorf("number claim = %v %q, want 4000 Menschen", num.Value, num.Unit)
	}
	h, err := s2.History(ctx, quote.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	// insert claim (standing for the empty review), verdict, reviewer, reviewed_at, note
	if len(h) != 5 || h[len(h)-1].Op != "insert" || h[0].Field != "note" || h[0].New != `"Rede liegt als Video vor."` {
		t.Errorf("History(claim) = %+v, want 5 changes ending with the note", h)
	}
}

func TestImportTwiceIsExisting(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a, cs := germanArticle(t)
	first, err := s.ImportArticle(ctx, a, cs)
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.ImportArticle(ctx, a, cs)
	if err != nil {
		t.Fatal(err)
	}
	if !second.Existing || second.ArticleID != first.ArticleID || second.Claims != len(cs) {
		t.Errorf("second ImportArticle = %+v, want Existing %s with %d claims", second, first.ArticleID, len(cs))
	}
	list, err := s.Articles(ctx, ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 {
		t.Errorf("Articles() has %d articles, want 1", len(list))
	}
}

func TestImportRejectsBadInput(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a, cs := germanArticle(t)
	tests := []struct {
		name string
		edit func(*claims.Article, []claims.Claim)
	}{
		{"empty text", func(a *claims.Article, _ []claims.Claim) { a.Text = " " }},
		{"span past end", func(a *claims.Article, cs []claims.Claim) { cs[0].End = len(a.Text) + 1 }},
		{"negative start", func(_ *claims.Article, cs []claims.Claim) { cs[1].Start = -1 }},
		{"start after end", func(_ *claims.Article, cs []claims.Claim) { cs[2].Start = cs[2].End + 1 }},
		{"unknown kind", func(_ *claims.Article, cs []claims.Claim) { cs[0].Kind = "rumour" }},
		{"unknown status", func(a *claims.Article, _ []claims.Claim) { a.Status = "maybe" }},
	}
	for _, tt := range tests {
		a2, cs2 := a, append([]claims.Claim(nil), cs...)
		tt.edit(&a2, cs2)
		if _, err := s.ImportArticle(ctx, a2, cs2); err == nil {
			t.Errorf("ImportArticle(%s) = nil error, want one", tt.name)
		}
	}
	if list, _ := s.Articles(ctx, ArticleFilter{}); len(list) != 0 {
		t.Errorf("after rejected imports, Articles() = %d articles, want 0", len(list))
	}
}

func TestEditsOfMissingOrTrashedRows(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	_, cs := importGerman(t, s)
	if err := s.DeleteClaim(ctx, cs[0].ID); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"no-such-claim", cs[0].ID} {
		if err := s.SetVerdict(ctx, id, claims.True); !errors.Is(err, ErrNotFound) {
			t.Errorf("SetVerdict(%q) = %v, want ErrNotFound", id, err)
		}
		if err := s.SetNote(ctx, id, "x"); !errors.Is(err, ErrNotFound) {
			t.Errorf("SetNote(%q) = %v, want ErrNotFound", id, err)
		}
		if _, err := s.AddSource(ctx, id, claims.Source{URL: "https://example.org"}); !errors.Is(err, ErrNotFound) {
			t.Errorf("AddSource(%q) = %v, want ErrNotFound", id, err)
		}
	}
	if err := s.SetVerdict(ctx, cs[1].ID, "kinda"); err == nil {
		t.Error("SetVerdict(kinda) = nil, want an error")
	}
}
