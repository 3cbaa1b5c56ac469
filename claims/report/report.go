package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// Bundle is one article with its claims, each carrying its review and
// sources, as the store hands them out.
type Bundle struct {
	Article claims.Article `json:"article"`
	Claims  []claims.Claim `json:"claims"`
}

// Report is what gets written: one or more articles and where the report
// came from.
type Report struct {
	Bundles   []Bundle
	Generated time.Time // when it was generated
	Source    string    // the database file it was generated from
	Lang      string    // "de" or "en": language of labels and headings; "" follows the first article
}

// language returns the language the report is written in: Lang, or when
// that is empty the first article's language if it is German, else English.
func (r *Report) language() string {
	if r.Lang == "" && len(r.Bundles) > 0 && r.Bundles[0].Article.Language == "de" {
		return "de"
	}
	if r.Lang == "" {
		return "en"
	}
	return r.Lang
}

// Format is an output format.
type Format string

// The output formats.
const (
	FormatMarkdown    Format = "md"
	FormatHTML        Format = "html"
	FormatPDF         Format = "pdf"
	FormatCSV         Format = "csv"
	FormatJSON        Format = "json"
	FormatClaimReview Format = "claimreview"
)

// Formats lists every format in the order the user interface offers them.
func Formats() []Format {
	return []Format{FormatMarkdown, FormatHTML, FormatPDF, FormatCSV, FormatJSON, FormatClaimReview}
}

// ParseFormat reads a format name as the command line takes it ("md",
// "html", "pdf", "csv", "json", "claimreview"), in any case; "markdown" and
// "jsonld" are accepted too.
func ParseFormat(s string) (Format, error) {
	key := strings.ToLower(strings.TrimSpace(s))
	switch key {
	case "markdown":
		return FormatMarkdown, nil
	case "jsonld", "json-ld":
		return FormatClaimReview, nil
	}
	for _, f := range Formats() {
		if key == string(f) {
			return f, nil
		}
	}
	names := make([]string, len(Formats()))
	for i, f := range Formats() {
		names[i] = string(f)
	}
	if key == "" {
		return "", fmt.Errorf("empty report format: use one of %s", strings.Join(names, ", "))
	}
	return "", fmt.Errorf("unknown report format %q: use one of %s", s, strings.Join(names, ", "))
}

// Ext returns the file name extension for f, with its dot: ".md", ".html",
// ".pdf", ".csv", ".json" or ".jsonld". It is "" for an unknown format.
func (f Format) Ext() string {
	switch f {
	case FormatMarkdown:
		return ".md"
	case FormatHTML:
		return ".html"
	case FormatPDF:
		return ".pdf"
	case FormatCSV:
		return ".csv"
	case FormatJSON:
		return ".json"
	case FormatClaimReview:
		return ".jsonld"
	}
	return ""
}

// Write renders r in format f to w. It fails on an unknown format or
// language, on write errors, and in the JSON formats on numbers JSON cannot
// hold (NaN or infinite scores and values); any text, however odd, renders.
func Write(w io.Writer, f Format, r Report) error {
	if r.Lang != "" && r.Lang != "de" && r.Lang != "en" {
		return fmt.Errorf("report language %q: use \"de\" or \"en\"", r.Lang)
	}
	if f == FormatJSON {
		return writeJSON(w, r)
	}
	v := newView(r)
	switch f {
	case FormatClaimReview:
		return writeClaimReview(w, v)
	case FormatMarkdown:
		return writeMarkdown(w, v)
	case FormatHTML:
		return writeHTML(w, v)
	case FormatPDF:
		return writePDF(w, v)
	case FormatCSV:
		return writeCSV(w, v)
	}
	return fmt.Errorf("unknown report format %q", string(f))
}
