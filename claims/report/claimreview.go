package report

import (
	"encoding/json"
	"io"
	"time"
)

// The schema.org ClaimReview vocabulary, as far as factdesk fills it.
type (
	claimReview struct {
		Context       string       `json:"@context"`
		Type          string       `json:"@type"`
		URL           string       `json:"url,omitempty"`
		ClaimReviewed string       `json:"claimReviewed"`
		InLanguage    string       `json:"inLanguage"`
		DatePublished string       `json:"datePublished,omitempty"`
		Author        *ldThing     `json:"author,omitempty"`
		ReviewRating  rating       `json:"reviewRating"`
		ItemReviewed  reviewedItem `json:"itemReviewed"`
	}
	rating struct {
		Type          string `json:"@type"`
		RatingValue   int    `json:"ratingValue,omitempty"`
		BestRating    int    `json:"bestRating,omitempty"`
		WorstRating   int    `json:"worstRating,omitempty"`
		AlternateName string `json:"alternateName"`
	}
	reviewedItem struct {
		Type          string     `json:"@type"`
		Author        *ldThing   `json:"author,omitempty"`
		DatePublished string     `json:"datePublished,omitempty"`
		Appearance    appearance `json:"appearance"`
	}
	appearance struct {
		Type          string   `json:"@type"`
		URL           string   `json:"url,omitempty"`
		Headline      string   `json:"headline,omitempty"`
		DatePublished string   `json:"datePublished,omitempty"`
		Publisher     *ldThing `json:"publisher,omitempty"`
	}
	ldThing struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	}
)

// writeClaimReview writes the ClaimReview JSON-LD described in the package
// documentation. The encoder escapes <, > and &, so the output can sit
// inside a <script type="application/ld+json"> element.
func writeClaimReview(w io.Writer, v *view) error {
	lang := v.L.Lang
	out := []claimReview{}
	for _, a := range v.Articles {
		var publisher *ldThing
		if a.Outlet != "" {
			publisher = &ldThing{Type: "Organization", Name: a.Outlet}
		}
		for _, c := range a.Claims {
			if !c.Verdict.Reviewed() {
				continue
			}
			cr := claimReview{
				Context: "https://schema.org", Type: "ClaimReview",
				ClaimReviewed: c.Text, InLanguage: lang,
				ReviewRating: rating{Type: "Rating", AlternateName: c.VerdictLabel},
				ItemReviewed: reviewedItem{
					Type: "Claim", DatePublished: a.PublishedISO,
					Appearance: appearance{
						Type: "CreativeWork", URL: a.URL, Headline: a.Title,
						DatePublished: a.PublishedISO, Publisher: publisher,
					},
				},
			}
			if !webURL(a.URL) {
				cr.ItemReviewed.Appearance.URL = ""
			} else if c.ID != "" {
				cr.URL = a.URL + "#" + c.Anchor
			}
			if !c.ReviewedAt.IsZero() {
				cr.DatePublished = c.ReviewedAt.Format(time.DateOnly)
			}
			if c.Reviewer != "" {
				cr.Author = &ldThing{Type: "Person", Name: c.Reviewer}
			}
			if value, ok := c.Verdict.Rating(); ok {
				cr.ReviewRating.RatingValue, cr.ReviewRating.BestRating, cr.ReviewRating.WorstRating = value, 5, 1
			}
			if c.Speaker != "" {
				cr.ItemReviewed.Author = &ldThing{Type: "Person", Name: c.Speaker}
			}
			out = append(out, cr)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
