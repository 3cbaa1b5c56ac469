package export

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/store"
)

func TestCollect(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	add := func(title, published, text string) (string, []claims.Claim) {
		t.Helper()
		c := claims.Claim{Found: claims.Found{Kind: claims.KindFact, Start: 0, End: len(text), Text: text}}
		res, err := st.ImportArticle(ctx, claims.Article{Title: title, Published: published, Language: "de", Text: text}, []claims.Claim{c})
		if err != nil {
			t.Fatal(err)
		}
		cs, err := st.Claims(ctx, res.ArticleID, store.ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		return res.ArticleID, cs
	}
	oldID, _ := add("Alt", "2024-01-10", "Der Hafen wurde 1960 eröffnet.")
	newID, newClaims := add("Neu", "2025-06-01", "Die Brücke ist 300 Meter lang.")
	if err := st.SetVerdict(ctx, newClaims[0].ID, claims.False); err != nil {
		t.Fatal(err)
	}
	trashed, err := st.AddClaim(ctx, newID, claims.Claim{Found: claims.Found{Kind: claims.KindNumber, Start: 4, End: 10, Text: "Brücke"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteClaim(ctx, trashed); err != nil {
		t.Fatal(err)
	}

	titles := func(sel Selection) []string {
		r, err := Collect(ctx, st, sel)
		if err != nil {
			t.Fatalf("Collect(%+v): %v", sel, err)
		}
		var out []string
		for _, b := range r.Bundles {
			for range b.Claims {
				out = append(out, b.Article.Title)
			}
		}
		return out
	}
	tests := []struct {
		sel  Selection
		want []string // one entry per claim, article title
	}{
		{Selection{}, []string{"Alt", "Neu"}},
		{Selection{ArticleID: oldID}, []string{"Alt"}},
		{Selection{From: "2025-01-01"}, []string{"Neu"}},
		{Selection{To: "2024-12-31"}, []string{"Alt"}},
		{Selection{Verdict: claims.False}, []string{"Neu"}},
		{Selection{ArticleID: newID, WithTrash: true}, []string{"Neu", "Neu"}},
	}
	for _, tt := range tests {
		if got := titles(tt.sel); !slices.Equal(got, tt.want) {
			t.Errorf("Collect(%+v) claims from %v, want %v", tt.sel, got, tt.want)
		}
	}
}
