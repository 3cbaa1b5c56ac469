package claims

// Extraction is the result of Extract: what DESIGN.md's `extract -json`
// prints.
type Extraction struct {
	Language  string    `json:"language"`           // "de" or "en"
	Sentences []Span    `json:"sentences"`          // in text order, not overlapping
	Claims    []Claim   `json:"claims"`             // ordered by Start, then kind
	Skipped   []Skipped `json:"skipped"`            // passages that are no claim
	Warnings  []string  `json:"warnings,omitempty"` // e.g. invalid UTF-8 repaired
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
