package claims

import (
	"fmt"
	"strings"
)

// Verdict is a reviewer's rating of a claim on the scale of DESIGN.md, which
// follows German practice (Correctiv, dpa) and maps onto schema.org
// ClaimReview. Its string form is the English name in lower case with dashes,
// as the command line takes it.
type Verdict string

// The verdict scale.
const (
	Unreviewed     Verdict = "unreviewed"
	True           Verdict = "true"
	MostlyTrue     Verdict = "mostly-true"
	Mixed          Verdict = "mixed"
	MostlyFalse    Verdict = "mostly-false"
	False          Verdict = "false"
	MissingContext Verdict = "missing-context"
	Unproven       Verdict = "unproven"
	NotCheckable   Verdict = "not-checkable"
)

type verdictInfo struct {
	v      Verdict
	de, en string
	rating int // ClaimReview ratingValue, 0 where the scale gives none
}

var verdictTable = []verdictInfo{
	{Unreviewed, "Offen", "Unreviewed", 0},
	{True, "Richtig", "True", 5},
	{MostlyTrue, "Größtenteils richtig", "Mostly true", 4},
	{Mixed, "Teilweise falsch", "Mixed", 3},
	{MostlyFalse, "Größtenteils falsch", "Mostly false", 2},
	{False, "Falsch", "False", 1},
	{MissingContext, "Fehlender Kontext", "Missing context", 0},
	{Unproven, "Unbelegt", "Unproven", 0},
	{NotCheckable, "Nicht prüfbar", "Not checkable", 0},
}

// Verdicts lists the whole scale in display order, Unreviewed first. The
// position of a verdict in this list is the number key that sets it in the
// workbench (Unreviewed is 0).
func Verdicts() []Verdict {
	out := make([]Verdict, len(verdictTable))
	for i, info := range verdictTable {
		out[i] = info.v
	}
	return out
}

// ParseVerdict reads a verdict from its command-line name ("mostly-true"),
// accepting any case and underscores or spaces for dashes, or from its
// German or English label ("Größtenteils richtig", "Mostly true").
func ParseVerdict(s string) (Verdict, error) {
	key := strings.ToLower(strings.TrimSpace(s))
	dashed := strings.NewReplacer("_", "-", " ", "-").Replace(key)
	for _, info := range verdictTable {
		if dashed == string(info.v) || key == strings.ToLower(info.de) || key == strings.ToLower(info.en) {
			return info.v, nil
		}
	}
	if key == "" {
		return "", fmt.Errorf("empty verdict: use one of %s", verdictNames())
	}
	return "", fmt.Errorf("unknown verdict %q: use one of %s", s, verdictNames())
}

func verdictNames() string {
	names := make([]string, len(verdictTable))
	for i, info := range verdictTable {
		names[i] = string(info.v)
	}
	return strings.Join(names, ", ")
}

func (v Verdict) info() verdictInfo {
	for _, info := range verdictTable {
		if info.v == v {
			return info
		}
	}
	return verdictTable[0]
}

// Valid reports whether v is on the scale.
func (v Verdict) Valid() bool {
	for _, info := range verdictTable {
		if info.v == v {
			return true
		}
	}
	return false
}

// Label returns the verdict's label in lang ("de" or "en"; anything else
// gives English). The empty verdict reads as Unreviewed.
func (v Verdict) Label(lang string) string {
	info := v.info()
	if lang == "de" {
		return info.de
	}
	return info.en
}

// Rating returns the ClaimReview ratingValue (1 = false … 5 = true) and true,
// or 0 and false for verdicts the numeric scale does not cover.
func (v Verdict) Rating() (int, bool) {
	r := v.info().rating
	return r, r > 0
}

// Reviewed reports whether v is a verdict rather than Unreviewed or empty.
func (v Verdict) Reviewed() bool { return v != "" && v != Unreviewed }
