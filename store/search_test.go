package store

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/claims"
)

func TestSearchFoldsCaseAndUmlauts(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	deID, cs := importGerman(t, s)
	a, ecs := englishArticle(t)
	enRes, err := s.ImportArticle(ctx, a, ecs)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetNote(ctx, cs[2].ID, "Laut Hafenstatistik liegt Rostock hinter Lübeck."); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddSource(ctx, cs[1].ID, claims.Source{URL: "https://polizei.example/einsatzbericht", Title: "Einsatzbericht der Polizei", Excerpt: "etwa 3500 Teilnehmende"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		field string // the field of the best hit
		claim int    // index into cs of the hit's claim, -1 for the article
		want  string // the article of every hit
	}{
		{"Prasident", "title", -1, deID},
		{"präsident", "title", -1, deID},
		{"Praesident", "title", -1, deID},
		{"PRÄSIDENT", "title", -1, deID},
		{"Ostseehafen", "claim", 2, deID},
		{"ostseehäfen", "claim", 2, deID},
		{"Luebeck", "note", 2, deID},
		{"Lubeck", "note", 2, deID},
		{"Einsatzbericht", "source", 1, deID},
		{"teilnehmende", "source", 1, deID},
		{"groesste", "claim", 2, deID},
		{"bridge euros", "claim", -2, enRes.ArticleID},
		{"Rostock", "", 0, deID},
		{"Bundesprasident", "text", -1, deID},
	}
	for _, tt := range tests {
		hits, err := s.Search(ctx, tt.query, 10)
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.query, err)
		}
		if len(hits) == 0 {
			t.Errorf("Search(%q) = no hits, want some", tt.query)
			continue
		}
		for _, h := range hits {
			if h.ArticleID != tt.want {
				t.Errorf("Search(%q) hit %+v, want only article %s", tt.query, h, tt.want)
			}
		}
		if tt.field == "" {
			continue
		}
		best := hits[0]
		if !slices.ContainsFunc(hits, func(h Hit) bool { return h.Field == tt.field }) {
			t.Errorf("Search(%q) = %+v, want a hit in %s", tt.query, hits, tt.field)
		}
		if tt.claim >= 0 && !slices.ContainsFunc(hits, func(h Hit) bool { return h.ClaimID == cs[tt.claim].ID && h.Field == tt.field }) {
			t.Errorf("Search(%q) = %+v, want claim %d", tt.query, hits, tt.claim)
		}
		if !strings.Contains(best.Snippet, "[") || !strings.Contains(best.Snippet, "]") {
			t.Errorf("Search(%q) snippet %q does not mark the match", tt.query, best.Snippet)
		}
	}
	for _, q := range []string{"Kartoffelsalat", "", "\"*(OR", "NEAR("} {
		hits, err := s.Search(ctx, q, 10)
		if err != nil || len(hits) != 0 {
			t.Errorf("Search(%q) = %v, %v; want no hits and no error", q, hits, err)
		}
	}
	// Trashed rows are not found; restored ones are again.
	s.DeleteArticle(ctx, deID)
	if hits, _ := s.Search(ctx, "Präsident", 10); len(hits) != 0 {
		t.Errorf("Search finds a trashed article: %+v", hits)
	}
	s.RestoreArticle(ctx, deID)
	list, err := s.Articles(ctx, ArticleFilter{Query: "hafenstatistik"})
	if err != nil || len(list) != 1 || list[0].ID != deID {
		t.Errorf("Articles(Query: hafenstatistik) = %+v, %v; want the German article", list, err)
	}
}

func TestSearchFollowsEdits(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	_, cs := importGerman(t, s)
	text := "Rostock hat mehr Einwohner als Schwerin."
	if err := s.UpdateClaim(ctx, cs[2].ID, ClaimUpdate{Text: &text}); err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.Search(ctx, "Schwerin", 5); len(hits) != 1 || hits[0].ClaimID != cs[2].ID {
		t.Errorf("Search(Schwerin) after edit = %+v, want the edited claim", hits)
	}
	if hits, _ := s.Search(ctx, "Ostseehafen", 5); slices.ContainsFunc(hits, func(h Hit) bool { return h.Field == "claim" }) {
		t.Errorf("Search(Ostseehafen) still finds the old claim text: %+v", hits)
	}
}

func TestArticlesFilters(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	deID, cs := importGerman(t, s)
	a, ecs := englishArticle(t)
	en, _ := s.ImportArticle(ctx, a, ecs)
	s.SetVerdict(ctx, cs[0].ID, claims.True)
	de, _ := s.Article(ctx, deID)
	de.Status = claims.StatusInReview
	if err := s.UpdateArticle(ctx, de); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    ArticleFilter
		want []string
	}{
		{"all, newest first", ArticleFilter{}, []string{en.ArticleID, deID}},
		{"limit", ArticleFilter{Limit: 1}, []string{en.ArticleID}},
		{"status", ArticleFilter{Status: claims.StatusInReview}, []string{deID}},
		{"from", ArticleFilter{From: "2026-02-18"}, []string{en.ArticleID}},
		{"to", ArticleFilter{To: "2026-02-16"}, []string{deID}},
		{"query", ArticleFilter{Query: "bridge"}, []string{en.ArticleID}},
	}
	for _, tt := range tests {
		list, err := s.Articles(ctx, tt.f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range list {
			got = append(got, a.ID)
			if a.Text != "" {
				t.Errorf("Articles(%s) loaded the text", tt.name)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Articles(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
	list, _ := s.Articles(ctx, ArticleFilter{Status: claims.StatusInReview})
	if len(list) == 1 && (list[0].Claims != 4 || list[0].Reviewed != 1) {
		t.Errorf("Articles() counts = %d claims, %d reviewed; want 4, 1", list[0].Claims, list[0].Reviewed)
	}
}
