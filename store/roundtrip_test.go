package store

import (
	"bytes"
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/claims/report"
)

// reviewedArticle imports the German article into s and works on it as a
// reviewer would: a person on file, verdicts, a note, sources (one removed
// again), an edited claim and a claim in the trash. It returns the
// article's ID.
func reviewedArticle(t *testing.T, s *Store) string {
	t.Helper()
	ctx := context.Background()
	if _, err := s.SavePerson(ctx, claims.Person{Name: "Frank-Walter Steinmeier", Born: "1956-01-05"}); err != nil {
		t.Fatal(err)
	}
	id, cs := importGerman(t, s)
	s.SetActor("bernd")
	steps := []error{
		s.SetVerdict(ctx, cs[1].ID, claims.MostlyTrue),
		s.SetNote(ctx, cs[1].ID, "Laut Polizei eher 3500."),
		s.SetVerdict(ctx, cs[2].ID, claims.False),
		s.UpdateClaim(ctx, cs[3].ID, ClaimUpdate{Speaker: ptr("Steinmeier")}),
		s.DeleteClaim(ctx, cs[0].ID),
	}
	_, err := s.AddSource(ctx, cs[1].ID, claims.Source{URL: "https://example.org/polizei", Title: "Polizeibericht", Accessed: "2026-02-17"})
	steps = append(steps, err)
	gone, err := s.AddSource(ctx, cs[1].ID, claims.Source{URL: "https://example.org/falsch", Excerpt: "verwechselt"})
	steps = append(steps, err, s.RemoveSource(ctx, gone))
	for i, err := range steps {
		if err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
	}
	return id
}

func ptr[T any](v T) *T { return &v }

// exportJSON writes an article as the JSON export and reads it back.
func exportJSON(t *testing.T, s *Store, id string) report.Bundle {
	t.Helper()
	ctx := context.Background()
	a, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := s.Claims(ctx, id, ClaimFilter{IncludeDeleted: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, report.FormatJSON, report.Report{Bundles: []report.Bundle{{Article: a, Claims: cs}}}); err != nil {
		t.Fatal(err)
	}
	r, err := report.ReadJSON(&buf)
	if err != nil || len(r.Bundles) != 1 {
		t.Fatalf("ReadJSON = %d bundles, %v; want 1", len(r.Bundles), err)
	}
	return r.Bundles[0]
}

// sameArticle fails unless both stores hold the article with deep-equal
// rows, claims in the trash included.
func sameArticle(t *testing.T, got, want *Store, id string) {
	t.Helper()
	ctx := context.Background()
	ga, err := got.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	wa, _ := want.Article(ctx, id)
	if !reflect.DeepEqual(ga, wa) {
		t.Errorf("article = %+v\nwant %+v", ga, wa)
	}
	gc, err := got.Claims(ctx, id, ClaimFilter{IncludeDeleted: true})
	if err != nil {
		t.Fatal(err)
	}
	wc, _ := want.Claims(ctx, id, ClaimFilter{IncludeDeleted: true})
	if len(gc) != len(wc) {
		t.Fatalf("%d claims, want %d", len(gc), len(wc))
	}
	for i := range wc {
		if !reflect.DeepEqual(gc[i], wc[i]) {
			t.Errorf("claim %d = %+v\nwant %+v", i, gc[i], wc[i])
		}
	}
}

func TestImportBundleIsIdentical(t *testing.T) {
	ctx := context.Background()
	src := openTemp(t)
	id := reviewedArticle(t, src)
	b := exportJSON(t, src, id)
	var trashed claims.Claim
	for _, c := range b.Claims {
		if !c.DeletedAt.IsZero() {
			trashed = c
		}
	}
	if trashed.ID == "" || trashed.AgeCheck.Result == "" {
		t.Fatalf("the export holds no trashed, age-checked claim: %+v", b.Claims)
	}

	dst := openTemp(t)
	dst.SetClock(testClock(clockStart.Add(24 * time.Hour)))
	dst.SetActor("importer")
	res, err := dst.ImportBundle(ctx, b.Article, b.Claims)
	if err != nil {
		t.Fatal(err)
	}
	if res.Existing || res.ArticleID != id || res.Claims != len(b.Claims)-1 {
		t.Errorf("ImportBundle = %+v, want article %s with %d live claims", res, id, len(b.Claims)-1)
	}
	sameArticle(t, dst, src, id)
	if live, _ := dst.Claims(ctx, id, ClaimFilter{}); len(live) != res.Claims {
		t.Errorf("%d live claims after the import, want %d", len(live), res.Claims)
	}
	if sums, _ := dst.Articles(ctx, ArticleFilter{}); len(sums) != 1 || sums[0].Claims != 3 || sums[0].Reviewed != 2 {
		t.Errorf("article list after the import = %+v, want 3 claims, 2 reviewed", sums)
	}

	// The history says who imported the article and when.
	hist, err := dst.History(ctx, "", 0)
	if err != nil || len(hist) == 0 {
		t.Fatalf("History() = %d rows, %v", len(hist), err)
	}
	for _, h := range hist {
		if h.Actor != "importer" || h.At.Before(clockStart.Add(24*time.Hour)) || h.Op != "insert" {
			t.Errorf("history row %+v, want an insert by importer at the import's time", h)
		}
	}

	// Importing it again changes nothing.
	again, err := dst.ImportBundle(ctx, b.Article, b.Claims)
	if err != nil || !again.Existing || again.ArticleID != id || again.Claims != res.Claims {
		t.Errorf("ImportBundle again = %+v, %v; want Existing with %d claims", again, err, res.Claims)
	}
	if after, _ := dst.History(ctx, "", 0); len(after) != len(hist) {
		t.Errorf("importing again wrote %d history rows", len(after)-len(hist))
	}
	sameArticle(t, dst, src, id)

	if probs, err := dst.Check(ctx); err != nil || len(probs) != 0 {
		t.Errorf("Check() = %v, %v", probs, err)
	}
}

func TestImportBundleKeepsTheTrash(t *testing.T) {
	ctx := context.Background()
	src := openTemp(t)
	id := reviewedArticle(t, src)
	trash, err := src.Trash(ctx)
	if err != nil || len(trash) != 2 {
		t.Fatalf("Trash() = %+v, %v; want a claim and a source", trash, err)
	}
	b := exportJSON(t, src, id)
	var gone claims.Source
	for _, c := range b.Claims {
		for _, s := range c.Sources {
			if !s.DeletedAt.IsZero() {
				gone = s
			}
		}
	}
	if gone.ID == "" {
		t.Fatalf("the export holds no removed source: %+v", b.Claims)
	}

	dst := openTemp(t)
	if _, err := dst.ImportBundle(ctx, b.Article, b.Claims); err != nil {
		t.Fatal(err)
	}
	sameArticle(t, dst, src, id)
	got, err := dst.Trash(ctx)
	if err != nil || !reflect.DeepEqual(got, trash) {
		t.Errorf("Trash() after the import = %+v, %v; want %+v", got, err, trash)
	}
	isGone := func(s claims.Source) bool { return s.ID == gone.ID }
	if c := mustClaim(t, dst, gone.ClaimID); slices.ContainsFunc(c.Sources, isGone) {
		t.Errorf("Claim() lists the removed source %s", gone.ID)
	}
	live, _ := dst.Claims(ctx, id, ClaimFilter{})
	for _, c := range live {
		if slices.ContainsFunc(c.Sources, isGone) {
			t.Errorf("Claims() without IncludeDeleted lists the removed source %s", gone.ID)
		}
	}

	// Merging the original in finds nothing to change (only its person,
	// which no export carries, is new).
	rep, err := dst.Merge(ctx, src.Path())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles+rep.Claims+rep.Reviews+rep.Sources != 0 || rep.People != 1 || len(rep.Conflicts) != 0 {
		t.Errorf("Merge(original) = %+v, want no row changed and one person added", rep)
	}
	sameArticle(t, dst, src, id)
	if probs, err := dst.Check(ctx); err != nil || len(probs) != 0 {
		t.Errorf("Check() = %v, %v", probs, err)
	}

	// Restored, the source is the one that was removed.
	if err := dst.RestoreSource(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	c := mustClaim(t, dst, gone.ClaimID)
	last := c.Sources[len(c.Sources)-1]
	if last.ID != gone.ID || last.Excerpt != gone.Excerpt || !last.DeletedAt.IsZero() || last.Version != gone.Version+1 {
		t.Errorf("restored source = %+v, want %s live at version %d", last, gone.ID, gone.Version+1)
	}
}
