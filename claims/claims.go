// Package claims is factdesk's domain: articles, the claims found in them,
// the verdicts reviewers give and the sources they cite, together with the
// extractor that turns article text into typed claims.
//
// The package depends on the standard library and golang.org/x/text only, so
// that the store, the user interface and the command line can all build on it
// and it can be tested and benchmarked on its own.
//
// All offsets are byte offsets into an article's normalised text (UTF-8, NFC,
// "\n" line endings; see Normalize), which the importers also tidy (see
// Tidy): text[c.Start:c.End] is the passage a claim came from.
package claims

import (
	"encoding/json"
	"time"
)

// Kind says what sort of checkable statement a claim is.
type Kind string

// The claim kinds of DESIGN.md.
const (
	// KindAttribution is a statement attributed to someone, directly quoted
	// or reported ("laut", "nach Angaben", Konjunktiv, "said").
	KindAttribution Kind = "attribution"
	// KindAge is a person's age: "Wladimir Putin (71)", "der 71-Jährige".
	KindAge Kind = "age"
	// KindTrade is a trade or economic relation: partners, rankings,
	// volumes, shares.
	KindTrade Kind = "trade"
	// KindNumber is any other quantity: money, percentages, counts,
	// durations, dates.
	KindNumber Kind = "number"
	// KindFact is any other checkable factual statement.
	KindFact Kind = "fact"
)

// Kinds lists every claim kind in the order the user interface shows them.
func Kinds() []Kind {
	return []Kind{KindAttribution, KindAge, KindTrade, KindNumber, KindFact}
}

// Valid reports whether k is one of the known kinds.
func (k Kind) Valid() bool {
	for _, known := range Kinds() {
		if k == known {
			return true
		}
	}
	return false
}

// Origin says how a claim came into the file.
type Origin string

// Claim origins.
const (
	OriginExtracted Origin = "extracted" // found by Extract on import
	OriginManual    Origin = "manual"    // added or edited by a reviewer
)

// Span is a half-open byte range [Start, End) into an article's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Article is one news article under review.
type Article struct {
	ID        string `json:"id,omitempty"`        // UUIDv7, set by the store
	Title     string `json:"title"`               // headline as the outlet printed it
	Outlet    string `json:"outlet,omitempty"`    // publication, e.g. "tagesschau.de"
	URL       string `json:"url,omitempty"`       // where the article was published
	Published string `json:"published,omitempty"` // publication date, YYYY-MM-DD, or ""
	Language  string `json:"language"`            // "de" or "en"
	Text      string `json:"text"`                // normalised full text; claim spans point into it
	Hash      string `json:"hash,omitempty"`      // hex SHA-256 of Text, used to find re-imports
	Status    Status `json:"status,omitempty"`    // review progress

	CreatedAt time.Time `json:"created_at,omitzero"`
	UpdatedAt time.Time `json:"updated_at,omitzero"`
	UpdatedBy string    `json:"updated_by,omitempty"`
	Version   int64     `json:"version,omitempty"`
	DeletedAt time.Time `json:"deleted_at,omitzero"` // set when moved to the trash
}

// PublishedDate parses Published; ok is false when it is empty or malformed.
func (a *Article) PublishedDate() (t time.Time, ok bool) {
	t, err := time.Parse(time.DateOnly, a.Published)
	return t, err == nil
}

// Status is an article's place in the review workflow.
type Status string

// Article statuses.
const (
	StatusOpen     Status = "open"
	StatusInReview Status = "in-review"
	StatusDone     Status = "done"
)

// Found is what Extract knows about a claim: its kind, its passage, the text
// a reviewer reads and the fields of its kind. Fields that do not apply to
// the kind stay zero and are left out of the JSON form.
//
// Found is kept apart from Claim, which embeds it, so that Extract's result
// holds only what extraction fills: a Claim with its review state is more
// than twice the size, and Extract writes one for every sentence of a text.
type Found struct {
	Kind  Kind   `json:"kind"`
	Start int    `json:"start"` // byte offset of the passage in the article text
	End   int    `json:"end"`   // end of the passage (exclusive)
	Text  string `json:"text"`  // the claim as a reviewer reads it alone (see CLAIMS.md)

	// Attribution fields.
	Speaker     string `json:"speaker,omitempty"`      // who made the statement, resolved to a name where possible
	Cue         string `json:"cue,omitempty"`          // the words that mark the attribution: "sagte", "laut", "heißt es"
	AccordingTo string `json:"according_to,omitempty"` // the source the article relies on: "CCTV" in "nach Angaben von CCTV"
	Quote       string `json:"quote,omitempty"`        // the quoted or reported statement
	Direct      bool   `json:"direct,omitempty"`       // true for a direct quotation; always written for attributions

	// Age fields.
	Person string `json:"person,omitempty"` // the person whose age is stated
	Age    int    `json:"age,omitempty"`    // the stated age in years

	// Trade fields.
	Subject string `json:"subject,omitempty"` // the economy or company the fact is about: "China"
	Partner string `json:"partner,omitempty"` // the other side: "Russland"
	Measure string `json:"measure,omitempty"` // what is measured: "wichtigster Handelspartner", "Exporte"

	// Number and trade quantities.
	Value float64 `json:"value,omitempty"` // the quantity as a number: 2.4 for "2,4 Prozent"
	Unit  string  `json:"unit,omitempty"`  // its unit as written: "Prozent", "Euro", "Stunde"

	Score float64 `json:"score"` // check-worthiness, 0 to 1
}

// Claim is one checkable proposition found in (or added to) an article:
// what Extract found, with the identity, review and sources the store adds.
type Claim struct {
	ID        string `json:"id,omitempty"`         // UUIDv7, set by the store
	ArticleID string `json:"article_id,omitempty"` // the article the span points into

	Found
	Origin Origin `json:"origin,omitempty"` // extracted or manual

	// Review state, filled by the store.
	Review  Review   `json:"review,omitzero"`
	Sources []Source `json:"sources,omitempty"`
	// AgeCheck is the result of checking an age claim against a recorded
	// birth date and the article's publication date.
	AgeCheck AgeCheck `json:"age_check,omitzero"`

	UpdatedAt time.Time `json:"updated_at,omitzero"`
	UpdatedBy string    `json:"updated_by,omitempty"`
	Version   int64     `json:"version,omitempty"`
	DeletedAt time.Time `json:"deleted_at,omitzero"`
}

// MarshalJSON writes the claim with "direct" present for every attribution,
// so that an indirect attribution says "direct": false rather than leaving
// the reader to guess.
func (c Claim) MarshalJSON() ([]byte, error) {
	type plain Claim
	if c.Kind != KindAttribution {
		return json.Marshal(plain(c))
	}
	return json.Marshal(struct {
		plain
		Direct bool `json:"direct"`
	}{plain(c), c.Direct})
}

// Review is a reviewer's judgement of one claim.
type Review struct {
	Verdict    Verdict   `json:"verdict"`
	Note       string    `json:"note,omitempty"` // the explanation a reader sees in reports
	Reviewer   string    `json:"reviewer,omitempty"`
	ReviewedAt time.Time `json:"reviewed_at,omitzero"`
}

// Source is a document a reviewer cites for a claim.
type Source struct {
	ID        string `json:"id,omitempty"`
	ClaimID   string `json:"claim_id,omitempty"`
	URL       string `json:"url"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Accessed  string `json:"accessed,omitempty"` // date the reviewer read it, YYYY-MM-DD
	Excerpt   string `json:"excerpt,omitempty"`  // the passage that supports the verdict

	// Evidence is an optional file kept inside the database (PDF, image,
	// HTML snapshot). Only its metadata travels with the source; the bytes
	// are loaded on demand.
	EvidenceName   string `json:"evidence_name,omitempty"`
	EvidenceType   string `json:"evidence_type,omitempty"`   // MIME type
	EvidenceSHA256 string `json:"evidence_sha256,omitempty"` // hex
	EvidenceSize   int64  `json:"evidence_size,omitempty"`

	UpdatedAt time.Time `json:"updated_at,omitzero"`
	UpdatedBy string    `json:"updated_by,omitempty"`
	Version   int64     `json:"version,omitempty"`
	DeletedAt time.Time `json:"deleted_at,omitzero"`
}

// Person is someone articles mention, recorded so that age claims can be
// checked automatically.
type Person struct {
	ID      string   `json:"id,omitempty"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"` // other spellings: "Putin", "Wladimir Wladimirowitsch Putin"
	Born    string   `json:"born,omitempty"`    // birth date, YYYY-MM-DD

	UpdatedAt time.Time `json:"updated_at,omitzero"`
	UpdatedBy string    `json:"updated_by,omitempty"`
	Version   int64     `json:"version,omitempty"`
	DeletedAt time.Time `json:"deleted_at,omitzero"`
}

// AgeCheckResult is the outcome of checking an age claim.
type AgeCheckResult string

// Age check outcomes.
const (
	AgeUnknown AgeCheckResult = ""      // no birth date or no publication date on file
	AgeRight   AgeCheckResult = "right" // the stated age matches
	AgeWrong   AgeCheckResult = "wrong" // the stated age does not match
)

// AgeCheck records an automatic age check.
type AgeCheck struct {
	Result   AgeCheckResult `json:"result,omitempty"`
	Expected int            `json:"expected,omitempty"` // the age the birth date gives on the publication date
	PersonID string         `json:"person_id,omitempty"`
}

// AgeOn returns the age in whole years of someone born on born at the date on.
func AgeOn(born, on time.Time) int {
	years := on.Year() - born.Year()
	if on.Month() < born.Month() || (on.Month() == born.Month() && on.Day() < born.Day()) {
		years--
	}
	return years
}

// CheckAge compares a stated age with the age a birth date gives on the
// publication date. Either date may be empty, which yields AgeUnknown.
func CheckAge(stated int, born, published string) AgeCheck {
	b, err1 := time.Parse(time.DateOnly, born)
	p, err2 := time.Parse(time.DateOnly, published)
	if err1 != nil || err2 != nil || stated <= 0 {
		return AgeCheck{}
	}
	want := AgeOn(b, p)
	if want == stated {
		return AgeCheck{Result: AgeRight, Expected: want}
	}
	return AgeCheck{Result: AgeWrong, Expected: want}
}
