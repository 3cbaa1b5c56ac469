package report

import (
	"bufio"
	"encoding/csv"
	"io"
	"strings"
)

// csvHeader names the columns of the CSV export. The names are fixed
// (English, snake_case) whatever the report language, so that scripts can
// rely on them; the verdict column holds the label in the report language.
var csvHeader = []string{
	"article_id", "article_title", "article_url", "article_published",
	"claim_id", "kind", "text", "passage", "speaker", "according_to",
	"verdict", "note", "reviewer", "sources",
}

// writeCSV writes one row per claim, comma-separated (RFC 4180), UTF-8 with
// a byte order mark so that Excel detects the encoding.
func writeCSV(w io.Writer, v *view) error {
	b := bufio.NewWriter(w)
	b.WriteString("\uFEFF")
	cw := csv.NewWriter(b)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	row := make([]string, len(csvHeader))
	for _, a := range v.Articles {
		for _, c := range a.Claims {
			sources := make([]string, len(c.Sources))
			for i, s := range c.Sources {
				sources[i] = csvSource(v.L, s)
			}
			copy(row, []string{
				a.ID, a.Title, a.URL, a.PublishedISO,
				c.ID, string(c.Kind), c.Text, c.Passage, c.Speaker, c.AccordingTo,
				c.VerdictLabel, c.Note, c.Reviewer, strings.Join(sources, "; "),
			})
			for i := range row {
				row[i] = neutraliseCell(row[i])
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return b.Flush()
}

// csvSource writes a source as "title <url> (accessed date)".
func csvSource(l *labels, s sourceView) string {
	out := s.Title
	if s.URL != "" {
		out = joinNonEmpty(" ", out, "<"+s.URL+">")
	}
	if s.Accessed != "" {
		out += " (" + l.Accessed + " " + s.Accessed + ")"
	}
	return out
}

// neutraliseCell prefixes an apostrophe to a cell that a spreadsheet would
// otherwise read as a formula: one beginning with = + - @, a tab or a
// carriage return (the OWASP rule for CSV injection).
func neutraliseCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
