package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/store"
)

// fillStore stores one article of big claims and further articles of 1,000
// claims each until the file holds total claims; it returns the big
// article's ID.
func fillStore(b *testing.B, w *bench, big, total int) string {
	b.Helper()
	ctx := context.Background()
	words := []string{"Haushalt", "Brücke", "Schwimmbad", "Mieten", "Einwohner", "Gemeinderat", "Prozent", "Millionen"}
	article := func(n, seed int) (string, []claims.Claim) {
		var sb strings.Builder
		cs := make([]claims.Claim, 0, n)
		for i := range n {
			start := sb.Len()
			fmt.Fprintf(&sb, "Satz %d-%d über %s und %s kostet %d Euro.", seed, i, words[i%len(words)], words[(i+seed)%len(words)], i*7)
			cs = append(cs, claims.Claim{Found: claims.Found{Kind: claims.Kinds()[i%5], Start: start, End: sb.Len(), Text: sb.String()[start:], Score: 0.5}})
			if i%12 == 11 {
				sb.WriteString("\n\n")
			} else {
				sb.WriteByte(' ')
			}
		}
		return sb.String(), cs
	}
	put := func(title string, n, seed int) string {
		text, cs := article(n, seed)
		// ImportBundle skips the "seen before" linking, which would only
		// slow the filling down: the benchmark is about the workbench.
		res, err := w.st.ImportBundle(ctx, claims.Article{Title: title, Language: "de", Published: "2024-01-02", Text: text}, cs)
		if err != nil {
			b.Fatalf("ImportBundle: %v", err)
		}
		return res.ArticleID
	}
	id := put("Großer Artikel", big, 0)
	for i, left := 1, total-big; left > 0; i++ {
		n := min(1000, left)
		put(fmt.Sprintf("Artikel %d", i), n, i)
		left -= n
	}
	return id
}

// BenchmarkWorkbench50k measures, through the Fyne test driver, the
// workbench on a file of 50,000 claims whose open article has 5,000:
// applying a claim filter, searching (the article list and the hit list),
// opening a claim hit in another article, and opening the big article.
// Target: filter and search well under 100 ms.
func BenchmarkWorkbench50k(b *testing.B) {
	w := newBench(b)
	w.background = func(f func()) { go f() } // the real thing: search runs off the UI goroutine
	big := fillStore(b, w, 5000, 50000)
	w.articles.reload()
	w.openArticle(big)
	if len(w.all) != 5000 {
		b.Fatalf("big article has %d claims, want 5000", len(w.all))
	}
	test := func(name string, f func(i int)) {
		b.Run(name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				f(i)
				i++
			}
		})
	}
	test("filter", func(i int) {
		w.claims.unreviewed.SetChecked(i%2 == 0)
		w.claims.kind.SetSelectedIndex(i % 6)
	})
	test("search", func(i int) {
		w.articles.search.SetText([]string{"Brucke", "Schwimmbad", "Satz 3-17", ""}[i%4])
		w.jobs.Wait()
	})
	var picked []store.Hit // claim hits in two articles of 1,000 claims
	for _, q := range []string{"Satz 7-400", "Satz 9-200"} {
		found, err := w.st.Search(context.Background(), q, hitLimit)
		if err != nil || len(found) == 0 || found[0].ClaimID == "" {
			b.Fatalf("Search(%q) = %+v, %v; want a claim hit first", q, found, err)
		}
		picked = append(picked, found[0])
	}
	hits := w.articles.hits
	hits.show("Satz", picked)
	test("open-hit", func(i int) { // open a claim hit's article (1,000 claims) and select the claim
		at := i % 2
		hits.list.Select(at)
		if w.current != hits.hits[at].ClaimID {
			b.Fatal("the hit did not select its claim")
		}
	})
	test("store-search", func(i int) { // the store's share of "search"
		if _, err := w.st.Articles(context.Background(), store.ArticleFilter{Query: []string{"Brucke", "Schwimmbad", "Satz 3-17", ""}[i%4]}); err != nil {
			b.Fatal(err)
		}
	})
	test("open", func(i int) {
		w.article.ID = ""
		w.openArticle(big)
	})
	test("verdict", func(i int) {
		w.setVerdictKey(1 + i%8)
	})
}
