package store

import (
	"context"
	"errors"
	"testing"

	"github.com/factdesk/factdesk/claims"
)

func TestImportBundleKeepsIDsAndReviews(t *testing.T) {
	ctx := context.Background()
	src := openTemp(t)
	articleID, cs := importGerman(t, src)
	if err := src.SetVerdict(ctx, cs[2].ID, claims.False); err != nil {
		t.Fatal(err)
	}
	src.SetNote(ctx, cs[2].ID, "Hamburg ist größer.")
	src.AddSource(ctx, cs[2].ID, claims.Source{URL: "https://example.org/hafen", Title: "Hafenstatistik", Accessed: "2026-02-01"})
	a, _ := src.Article(ctx, articleID)
	exported, _ := src.Claims(ctx, articleID, ClaimFilter{})

	dst := openTemp(t)
	res, err := dst.ImportBundle(ctx, a, exported)
	if err != nil {
		t.Fatal(err)
	}
	if res.Existing || res.ArticleID != articleID || res.Claims != len(exported) {
		t.Fatalf("ImportBundle = %+v, want article %s with %d claims", res, articleID, len(exported))
	}
	got := mustClaim(t, dst, cs[2].ID)
	if got.Review.Verdict != claims.False || got.Review.Note != "Hamburg ist größer." || got.Review.Reviewer != "anna" ||
		len(got.Sources) != 1 || got.Sources[0].ID != exported[2].Sources[0].ID || got.Sources[0].Accessed != "2026-02-01" {
		t.Errorf("bundled claim = %+v, want review and source kept", got)
	}
	again, err := dst.ImportBundle(ctx, a, exported)
	if err != nil || !again.Existing || again.Claims != len(exported) {
		t.Errorf("ImportBundle again = %+v, %v; want Existing", again, err)
	}
	if probs, err := dst.Check(ctx); err != nil || len(probs) != 0 {
		t.Errorf("Check() = %v, %v", probs, err)
	}
}

func TestEvidence(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	_, cs := importGerman(t, s)
	srcID, _ := s.AddSource(ctx, cs[0].ID, claims.Source{URL: "https://example.org/lebenslauf"})
	if _, _, _, err := s.Evidence(ctx, srcID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Evidence() without a file = %v, want ErrNotFound", err)
	}
	pdf := []byte("%PDF-1.4 Lebenslauf")
	if err := s.AttachEvidence(ctx, srcID, "lebenslauf.pdf", "application/pdf", pdf); err != nil {
		t.Fatal(err)
	}
	name, mime, data, err := s.Evidence(ctx, srcID)
	if err != nil || name != "lebenslauf.pdf" || mime != "application/pdf" || string(data) != string(pdf) {
		t.Errorf("Evidence() = %q, %q, %q, %v", name, mime, data, err)
	}
	src := mustClaim(t, s, cs[0].ID).Sources[0]
	if src.EvidenceName != "lebenslauf.pdf" || src.EvidenceSize != int64(len(pdf)) || len(src.EvidenceSHA256) != 64 {
		t.Errorf("source evidence metadata = %+v", src)
	}
	if err := s.AttachEvidence(ctx, srcID, "leer.pdf", "application/pdf", nil); err == nil {
		t.Error("AttachEvidence(empty) = nil error, want one")
	}
	if err := s.AttachEvidence(ctx, srcID, "neu.pdf", "application/pdf", []byte("%PDF neu")); err != nil {
		t.Fatal(err)
	}
	if name, _, _, _ := s.Evidence(ctx, srcID); name != "neu.pdf" {
		t.Errorf("after replacing, Evidence() name = %q, want neu.pdf", name)
	}
}

func TestSplitAndMergeClaims(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	articleID, cs := importGerman(t, s)
	crowd := cs[1]
	s.SetVerdict(ctx, crowd.ID, claims.Mixed)
	at := crowd.Start + len("Nach Angaben des Rathauses")
	for _, b := range []int{crowd.Start, crowd.End, crowd.Start - 1, crowd.End + 5} {
		if _, _, err := s.SplitClaim(ctx, crowd.ID, b); err == nil {
			t.Errorf("SplitClaim(at %d) = nil error, want one (span [%d,%d))", b, crowd.Start, crowd.End)
		}
	}
	first, second, err := s.SplitClaim(ctx, crowd.ID, at)
	if err != nil {
		t.Fatal(err)
	}
	a, b := mustClaim(t, s, first), mustClaim(t, s, second)
	if a.ID != crowd.ID || a.End != at || a.Text != "Nach Angaben des Rathauses" || a.Review.Verdict != claims.Mixed {
		t.Errorf("first half = %+v", a)
	}
	if b.Start != at || b.End != crowd.End || b.Kind != crowd.Kind || b.Review.Verdict != claims.Unreviewed || b.Origin != claims.OriginManual {
		t.Errorf("second half = %+v", b)
	}
	merged, err := s.MergeClaims(ctx, []string{second, first})
	if err != nil || merged != first {
		t.Fatalf("MergeClaims = %q, %v; want %q", merged, err, first)
	}
	m := mustClaim(t, s, merged)
	if m.Start != crowd.Start || m.End != crowd.End || m.Text != crowd.Text {
		t.Errorf("merged claim = [%d,%d) %q, want the original span", m.Start, m.End, m.Text)
	}
	if got, _ := s.Claims(ctx, articleID, ClaimFilter{}); len(got) != 4 {
		t.Errorf("after split and merge, %d claims, want 4", len(got))
	}
	other := openTemp(t)
	_, ocs := importGerman(t, other)
	if _, err := s.MergeClaims(ctx, []string{first}); err == nil {
		t.Error("MergeClaims(one) = nil error, want one")
	}
	if _, err := s.MergeClaims(ctx, []string{first, ocs[0].ID}); err == nil {
		t.Error("MergeClaims(unknown claim) = nil error, want one")
	}
	id, err := s.AddClaim(ctx, articleID, claims.Claim{Found: claims.Found{Kind: claims.KindFact, Start: 0, End: len("Bundespräsident")}})
	if err != nil || mustClaim(t, s, id).Text != "Bundespräsident" {
		t.Errorf("AddClaim = %q, %v; want a manual claim over the first word", id, err)
	}
	if _, err := s.AddClaim(ctx, articleID, claims.Claim{Found: claims.Found{Kind: claims.KindFact, Start: 0, End: 100000}}); err == nil {
		t.Error("AddClaim outside the text = nil error, want one")
	}
}
