package report

import (
	"fmt"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// labels are the fixed words of a report in one language.
type labels struct {
	Lang              string
	Report            string // document title
	Outlet            string
	URL               string
	Published         string
	Reviewers         string
	Verdicts          string // heading of the verdict counts
	Count             string // column heading of the verdict counts
	Claims            string // heading of the claim list
	NoClaims          string
	Kind              string
	Passage           string
	NoPassage         string // shown when a claim's span does not fit the text
	Speaker           string
	AccordingTo       string
	Verdict           string
	Note              string
	Reviewer          string
	Sources           string
	NoSources         string
	Accessed          string
	Evidence          string
	Generated         string // "Generated on %s from %s"
	GeneratedNoSource string // "Generated on %s"
	Page              string // "Page %d of %s"
	Total             string // "%d claims"
	Overview          string
	Articles          string // heading of the list of articles in the overview
	Summary           string // "%d articles, %d claims"
	kinds             map[claims.Kind]string
}

var labelSets = map[string]*labels{
	"de": {
		Lang:              "de",
		Report:            "Faktencheck",
		Outlet:            "Medium",
		URL:               "Adresse",
		Published:         "Erschienen",
		Reviewers:         "Geprüft von",
		Verdicts:          "Bewertungen",
		Count:             "Anzahl",
		Claims:            "Aussagen",
		NoClaims:          "Keine Aussagen erfasst.",
		Kind:              "Art",
		Passage:           "Textstelle",
		NoPassage:         "(Textstelle nicht verfügbar)",
		Speaker:           "Urheber",
		AccordingTo:       "Laut",
		Verdict:           "Bewertung",
		Note:              "Begründung",
		Reviewer:          "Geprüft von",
		Sources:           "Quellen",
		NoSources:         "Keine Quellen angegeben.",
		Accessed:          "abgerufen am",
		Evidence:          "Beleg",
		Generated:         "Erstellt am %s aus %s",
		GeneratedNoSource: "Erstellt am %s",
		Page:              "Seite %d von %s",
		Total:             "%d Aussagen",
		Overview:          "Übersicht",
		Articles:          "Artikel",
		Summary:           "%d Artikel, %d Aussagen",
		kinds: map[claims.Kind]string{
			claims.KindAttribution: "Äußerung",
			claims.KindAge:         "Alter",
			claims.KindTrade:       "Handel",
			claims.KindNumber:      "Zahl",
			claims.KindFact:        "Tatsache",
		},
	},
	"en": {
		Lang:              "en",
		Report:            "Fact check",
		Outlet:            "Outlet",
		URL:               "URL",
		Published:         "Published",
		Reviewers:         "Reviewed by",
		Verdicts:          "Verdicts",
		Count:             "Count",
		Claims:            "Claims",
		NoClaims:          "No claims recorded.",
		Kind:              "Kind",
		Passage:           "Passage",
		NoPassage:         "(passage not available)",
		Speaker:           "Speaker",
		AccordingTo:       "According to",
		Verdict:           "Verdict",
		Note:              "Explanation",
		Reviewer:          "Reviewed by",
		Sources:           "Sources",
		NoSources:         "No sources given.",
		Accessed:          "accessed",
		Evidence:          "Evidence",
		Generated:         "Generated on %s from %s",
		GeneratedNoSource: "Generated on %s",
		Page:              "Page %d of %s",
		Total:             "%d claims",
		Overview:          "Overview",
		Articles:          "Articles",
		Summary:           "%d articles, %d claims",
		kinds: map[claims.Kind]string{
			claims.KindAttribution: "Attribution",
			claims.KindAge:         "Age",
			claims.KindTrade:       "Trade",
			claims.KindNumber:      "Number",
			claims.KindFact:        "Fact",
		},
	},
}

// labelsFor returns the labels for lang; anything but "de" is English.
func labelsFor(lang string) *labels {
	if lang == "de" {
		return labelSets["de"]
	}
	return labelSets["en"]
}

// kind returns the display name of k, or k itself for an unknown kind.
func (l *labels) kind(k claims.Kind) string {
	if s, ok := l.kinds[k]; ok {
		return s
	}
	return string(k)
}

// date formats a YYYY-MM-DD date the way readers of the language expect
// (25.11.2026 in German, 2026-11-25 in English); anything unparsable is
// returned as it is.
func (l *labels) date(s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || l.Lang != "de" {
		return s
	}
	return t.Format("02.01.2006")
}

// timestamp formats a point in time, in the zone it carries, to the minute.
func (l *labels) timestamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if l.Lang == "de" {
		return t.Format("02.01.2006, 15:04 MST")
	}
	return t.Format("2006-01-02 15:04 MST")
}

// generated is the line saying when and from which file a report was made.
func (l *labels) generated(t time.Time, source string) string {
	if source == "" {
		return fmt.Sprintf(l.GeneratedNoSource, l.timestamp(t))
	}
	return fmt.Sprintf(l.Generated, l.timestamp(t), source)
}
