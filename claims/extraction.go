package claims

import "encoding/json"

// Extraction is the result of Extract: what DESIGN.md's `extract -json`
// prints.
type Extraction struct {
	Language  string    `json:"language"`           // "de" or "en"
	Sentences []Span    `json:"sentences"`          // in text order, not overlapping
	Claims    []Found   `json:"claims"`             // ordered by Start, then kind
	Skipped   []Skipped `json:"skipped"`            // passages that are no claim
	Warnings  []string  `json:"warnings,omitempty"` // e.g. invalid UTF-8 repaired
}

// NewClaims returns the found claims as claims of origin "extracted", ready
// for the store.
func (e *Extraction) NewClaims() []Claim {
	cs := make([]Claim, len(e.Claims))
	for i, f := range e.Claims {
		cs[i].Found, cs[i].Origin = f, OriginExtracted
	}
	return cs
}

// MarshalJSON writes the claims in their Claim form, as export writes them:
// with "origin" and with "direct" present for every attribution.
func (e Extraction) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Language  string    `json:"language"`
		Sentences []Span    `json:"sentences"`
		Claims    []Claim   `json:"claims"`
		Skipped   []Skipped `json:"skipped"`
		Warnings  []string  `json:"warnings,omitempty"`
	}{e.Language, e.Sentences, e.NewClaims(), e.Skipped, e.Warnings})
}

// Skipped is a passage that holds no claim, with the reason it was skipped.
type Skipped struct {
	Start  int        `json:"start"`
	End    int        `json:"end"`
	Reason SkipReason `json:"reason"`
}

// SkipReason says why a passage is no claim (CLAIMS.md rule 7).
type SkipReason string

// Skip reasons.
const (
	SkipBoilerplate SkipReason = "boilerplate" // site promotion, sign-up prompts, link labels, credits
	SkipHeading     SkipReason = "heading"     // headings and sub-headings
	SkipQuestion    SkipReason = "question"    // questions to the reader
	SkipOpinion     SkipReason = "opinion"     // opinion with nothing checkable
)

// Options steer Extract.
type Options struct {
	// Language is "de", "en", or "" / "auto" to detect it from the text.
	Language string
}
