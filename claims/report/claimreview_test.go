package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/factdesk/factdesk/claims"
)

func TestClaimReview(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatClaimReview, sampleReport()); err != nil {
		t.Fatal(err)
	}
	var reviews []claimReview
	if err := json.Unmarshal(buf.Bytes(), &reviews); err != nil {
		t.Fatalf("ClaimReview output does not parse: %v", err)
	}
	if len(reviews) != 7 {
		t.Fatalf("got %d ClaimReviews, want 7 (the 8th claim is unreviewed)", len(reviews))
	}
	byText := map[string]claimReview{}
	for _, r := range reviews {
		if r.Context != "https://schema.org" || r.Type != "ClaimReview" || r.ItemReviewed.Type != "Claim" || r.ItemReviewed.Appearance.Type != "CreativeWork" {
			t.Errorf("ClaimReview %q lacks its schema.org types: %+v", r.ClaimReviewed, r)
		}
		byText[r.ClaimReviewed] = r
	}
	if _, ok := byText["Die Fraktion der Grünen hält die Zahlen für überhöht."]; ok {
		t.Errorf("the unreviewed claim was published as a ClaimReview")
	}
	age := byText["Henrike Maaß ist 71 Jahre alt."]
	wantRating := rating{Type: "Rating", RatingValue: 1, BestRating: 5, WorstRating: 1, AlternateName: "Falsch"}
	if age.ReviewRating != wantRating {
		t.Errorf("rating of the age claim = %+v, want %+v", age.ReviewRating, wantRating)
	}
	if age.Author == nil || *age.Author != (ldThing{"Person", "Jonas Übel"}) || age.DatePublished != "2026-11-19" {
		t.Errorf("author, date of the age claim = %+v, %q, want Jonas Übel, 2026-11-19", age.Author, age.DatePublished)
	}
	if want := "https://www.kesselbruecker-anzeiger.example/stadt/hafen-ausbau-beschlossen#claim-019a8f3c-7b10-7c41-9d2e-000000000003"; age.URL != want {
		t.Errorf("url = %q, want %q", age.URL, want)
	}
	if age.ItemReviewed.Author != nil {
		t.Errorf("an age claim names an author %+v, want none", age.ItemReviewed.Author)
	}
	costs := byText["Der Ausbau des Containerterminals kostet schätzungsweise 48,5 Millionen Euro."]
	if (costs.ReviewRating != rating{Type: "Rating", AlternateName: claims.MissingContext.Label("de")}) {
		t.Errorf("rating off the numeric scale = %+v, want only the label", costs.ReviewRating)
	}
	quote := byText["Jörg Weiß (laut Fraktion der Grünen): Der Umschlag sei im vergangenen Jahr um 7 Prozent gesunken."]
	if quote.ItemReviewed.Author == nil || quote.ItemReviewed.Author.Name != "Jörg Weiß" || quote.ItemReviewed.DatePublished != "2026-11-17" {
		t.Errorf("claim author, date = %+v, %q, want Jörg Weiß, 2026-11-17", quote.ItemReviewed.Author, quote.ItemReviewed.DatePublished)
	}
	if quote.ItemReviewed.Appearance.URL != "https://www.kesselbruecker-anzeiger.example/stadt/hafen-ausbau-beschlossen" {
		t.Errorf("appearance url = %q", quote.ItemReviewed.Appearance.URL)
	}
}

func TestClaimReviewEscapesForScriptTags(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatClaimReview, hostileReport()); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("</script")) {
		t.Errorf("ClaimReview output contains </script, which would end a <script type=\"application/ld+json\"> block")
	}
	if bytes.Contains(buf.Bytes(), []byte("javascript:")) {
		t.Errorf("ClaimReview output carries a javascript: address:\n%s", buf.Bytes())
	}
}
