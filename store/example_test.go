package store_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/claims/report"
	"github.com/factdesk/factdesk/store"
)

// Open a file, import an article with its claims, and give a claim a
// verdict.
func Example() {
	dir, err := os.MkdirTemp("", "factdesk-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()

	s, err := store.Open(ctx, filepath.Join(dir, "desk.factdesk"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	s.SetActor("Anna")

	text := "Die neue Brücke kostete 12 Millionen Euro. Sie wurde am Freitag eröffnet."
	end := len("Die neue Brücke kostete 12 Millionen Euro.")
	res, err := s.ImportArticle(ctx,
		claims.Article{Title: "Brücke eröffnet", Language: "de", Published: "2026-02-20", Text: text},
		[]claims.Claim{{Found: claims.Found{Kind: claims.KindNumber, Start: 0, End: end, Text: text[:end], Value: 12e6, Unit: "Millionen Euro"}}})
	if err != nil {
		log.Fatal(err)
	}
	cs, err := s.Claims(ctx, res.ArticleID, store.ClaimFilter{})
	if err != nil {
		log.Fatal(err)
	}
	if err := s.SetVerdict(ctx, cs[0].ID, claims.MostlyTrue); err != nil {
		log.Fatal(err)
	}
	c, err := s.Claim(ctx, cs[0].ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Claims, "claim:", c.Text)
	fmt.Println(c.Review.Verdict.Label("de"), "by", c.Review.Reviewer)

	// Importing the same text again adds nothing.
	again, _ := s.ImportArticle(ctx, claims.Article{Title: "Brücke eröffnet", Language: "de", Text: text}, nil)
	fmt.Println("existing:", again.Existing)
	// Output:
	// 1 claim: Die neue Brücke kostete 12 Millionen Euro.
	// Größtenteils richtig by Anna
	// existing: true
}

// Search folds case and umlauts; every change can be undone.
func ExampleStore_Undo() {
	dir, err := os.MkdirTemp("", "factdesk-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, "desk.factdesk"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	text := "Der Präsident besuchte Rostock."
	res, _ := s.ImportArticle(ctx, claims.Article{Title: "Besuch", Language: "de", Text: text},
		[]claims.Claim{{Found: claims.Found{Kind: claims.KindFact, Start: 0, End: len(text), Text: text}}})
	hits, _ := s.Search(ctx, "praesident", 5)
	fmt.Println(hits[0].Field, hits[0].Snippet)

	cs, _ := s.Claims(ctx, res.ArticleID, store.ClaimFilter{})
	s.SetVerdict(ctx, cs[0].ID, claims.False)
	ch, _ := s.Undo(ctx)
	c, _ := s.Claim(ctx, cs[0].ID)
	fmt.Println("undid", ch.Field, "→", c.Review.Verdict)
	// Output:
	// claim Der [Präsident] besuchte Rostock.
	// undid verdict → unreviewed
}

// An article exported as JSON comes back identical in another file: the
// same IDs, verdicts and authors. Only the history says who imported it.
func ExampleStore_ImportBundle() {
	dir, err := os.MkdirTemp("", "factdesk-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	open := func(name, actor string) *store.Store {
		s, err := store.Open(ctx, filepath.Join(dir, name))
		if err != nil {
			log.Fatal(err)
		}
		s.SetActor(actor)
		return s
	}
	anna, ben := open("anna.factdesk", "Anna"), open("ben.factdesk", "Ben")
	defer anna.Close()
	defer ben.Close()

	text := "Die Brücke ist 800 Meter lang."
	res, _ := anna.ImportArticle(ctx, claims.Article{Title: "Brücke", Language: "de", Text: text},
		[]claims.Claim{{Found: claims.Found{Kind: claims.KindNumber, Start: 0, End: len(text), Text: text, Value: 800, Unit: "Meter"}}})
	cs, _ := anna.Claims(ctx, res.ArticleID, store.ClaimFilter{})
	anna.SetVerdict(ctx, cs[0].ID, claims.True)

	// What "factdesk export -format json" writes, read back.
	a, _ := anna.Article(ctx, res.ArticleID)
	cs, _ = anna.Claims(ctx, res.ArticleID, store.ClaimFilter{IncludeDeleted: true})
	var buf bytes.Buffer
	report.Write(&buf, report.FormatJSON, report.Report{Bundles: []report.Bundle{{Article: a, Claims: cs}}})
	exported, err := report.ReadJSON(&buf)
	if err != nil {
		log.Fatal(err)
	}
	b := exported.Bundles[0]
	if _, err := ben.ImportBundle(ctx, b.Article, b.Claims); err != nil {
		log.Fatal(err)
	}
	c, _ := ben.Claim(ctx, cs[0].ID)
	h, _ := ben.History(ctx, cs[0].ID, 1)
	fmt.Println(c.Review.Verdict, "by", c.Review.Reviewer, "- claim written by", c.UpdatedBy)
	fmt.Println("imported by", h[0].Actor)
	again, _ := ben.ImportBundle(ctx, b.Article, b.Claims)
	fmt.Println("existing:", again.Existing)
	// Output:
	// true by Anna - claim written by Anna
	// imported by Ben
	// existing: true
}
