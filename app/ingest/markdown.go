package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/factdesk/factdesk/claims"
)

// readMarkdown reads Markdown as the text a reader sees: markup removed,
// each paragraph, heading, list item, quote and table row on one line
// (lines wrapped inside a paragraph are joined), blank lines between
// paragraphs kept, fenced code kept line by line. Images and link targets
// are dropped, link labels kept. The title comes from front matter, else
// from the first level-one heading, which also stays in the text.
//
// Front matter between "---" lines is read for title, date (also
// published), url (also link, canonical), outlet (also source, publisher)
// and lang (also language): flat "key: value" lines, the YAML that site
// generators and note apps write. It is removed from the text.
func readMarkdown(data []byte) (Document, error) {
	text, warnings, err := claims.Normalize(data)
	if err != nil {
		return Document{}, err
	}
	doc := Document{Format: "markdown", Warnings: warnings}
	text = readFrontMatter(text, &doc)
	md := mdWriter{refs: referenceLabels(text)}
	for line := range strings.SplitSeq(text, "\n") {
		md.line(line)
	}
	md.flush()
	if doc.Title == "" {
		doc.Title = md.title
	}
	return finish(doc, strings.Join(md.out, "\n"))
}

// readFrontMatter fills doc from the front matter at the start of text and
// returns the text after it. Text without front matter is returned whole.
func readFrontMatter(text string, doc *Document) string {
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		return text
	}
	lines := strings.Split(rest, "\n")
	end := slices.IndexFunc(lines, func(l string) bool { return l == "---" || l == "..." })
	if end < 0 || !slices.ContainsFunc(lines[:end], yamlKey.MatchString) {
		return text // a rule or a heading underline, not front matter
	}
	for _, line := range lines[:end] {
		m := yamlKey.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		value := yamlScalar(m[2])
		switch strings.ToLower(m[1]) {
		case "title":
			doc.Title = value
		case "date", "published", "pubdate":
			doc.Published = publishedDate(value)
		case "url", "link", "canonical":
			doc.URL = value
		case "outlet", "source", "publisher":
			doc.Outlet = value
		case "lang", "language":
			doc.Language = languageCode(value)
		}
	}
	return strings.Join(lines[end+1:], "\n")
}

// yamlKey matches a top-level "key: value" line of YAML front matter.
var yamlKey = regexp.MustCompile(`^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$`)

// yamlScalar returns the value of a flat YAML scalar without its quotes, or
// "" for lists, maps and block scalars, which the front matter fields
// factdesk reads never are.
func yamlScalar(v string) string {
	v = strings.TrimSpace(v)
	if v == "" || strings.ContainsRune("[{|>&*!", rune(v[0])) {
		return ""
	}
	if q := v[0]; len(v) >= 2 && (q == '"' || q == '\'') && v[len(v)-1] == q {
		v = v[1 : len(v)-1]
		if q == '"' {
			return strings.TrimSpace(strings.ReplaceAll(v, `\"`, `"`))
		}
		return strings.TrimSpace(strings.ReplaceAll(v, "''", "'"))
	}
	if i := strings.Index(v, " #"); i >= 0 { // a comment
		v = v[:i]
	}
	return strings.TrimSpace(v)
}

// Block patterns of Markdown, matched against one line.
var (
	atxHeading = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	setextLine = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	ruleLine   = regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	fenceLine  = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	quoteMark  = regexp.MustCompile(`^ {0,3}>[ ]?`)
	bulletItem = regexp.MustCompile(`^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?`)
	orderItem  = regexp.MustCompile(`^[ \t]*\d{1,9}[.)][ \t]+`)
	refDef     = regexp.MustCompile(`^ {0,3}\[([^\]]+)\]:[ \t]*\S`)
	tableRule  = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$`)
)

// referenceLabels collects the labels of link reference definitions
// ("[label]: url"), lower-cased, so that "[label]" in the text can be told
// from plain brackets.
func referenceLabels(text string) map[string]bool {
	refs := map[string]bool{}
	for line := range strings.SplitSeq(text, "\n") {
		if m := refDef.FindStringSubmatch(line); m != nil {
			refs[strings.ToLower(m[1])] = true
		}
	}
	return refs
}

// mdWriter turns Markdown lines into reading text, one block at a time.
type mdWriter struct {
	refs    map[string]bool
	out     []string // finished lines
	para    []string // lines of the paragraph or list item being read
	fence   string   // the open code fence, "" outside code
	comment bool     // inside an HTML comment
	title   string   // the first level-one heading
}

// line reads one line of Markdown.
func (w *mdWriter) line(line string) {
	if w.fence != "" {
		if m := fenceLine.FindStringSubmatch(line); m != nil && strings.HasPrefix(m[1], w.fence) && strings.TrimSpace(line) == m[1] {
			w.fence = ""
			return
		}
		w.out = append(w.out, line)
		return
	}
	if line = w.skipComments(line); w.comment && strings.TrimSpace(line) == "" {
		return
	}
	for quoteMark.MatchString(line) {
		line = quoteMark.ReplaceAllString(line, "")
	}
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		w.flush()
		if n := len(w.out); n > 0 && w.out[n-1] != "" {
			w.out = append(w.out, "")
		}
	case fenceLine.MatchString(line):
		w.flush()
		w.fence = fenceLine.FindStringSubmatch(line)[1][:3]
	case setextLine.MatchString(line) && len(w.para) > 0 && !w.inItem():
		heading := w.inline(strings.Join(w.para, " "))
		if strings.Contains(line, "=") && w.title == "" {
			w.title = heading
		}
		w.para = nil
		w.out = append(w.out, heading)
	case ruleLine.MatchString(line), refDef.MatchString(line):
		w.flush()
	case atxHeading.MatchString(line):
		w.flush()
		m := atxHeading.FindStringSubmatch(line)
		heading := w.inline(m[2])
		if m[1] == "#" && w.title == "" {
			w.title = heading
		}
		w.out = append(w.out, heading)
	case strings.HasPrefix(trimmed, "|"):
		w.flush()
		if !tableRule.MatchString(line) {
			w.out = append(w.out, w.tableRow(trimmed))
		}
	case bulletItem.MatchString(line):
		w.flush()
		w.para = []string{"", bulletItem.ReplaceAllString(line, "")}
	case orderItem.MatchString(line):
		w.flush()
		w.para = []string{"", strings.TrimSpace(line)}
	default:
		w.para = append(w.para, trimmed)
	}
}

// inItem reports whether the block being read is a list item. Items are
// stored with an empty first line as their mark.
func (w *mdWriter) inItem() bool { return len(w.para) > 0 && w.para[0] == "" }

// flush ends the paragraph or list item being read.
func (w *mdWriter) flush() {
	if len(w.para) == 0 {
		return
	}
	lines := w.para
	if w.inItem() {
		lines = lines[1:]
	}
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(strings.TrimSpace(l), "\\") // hard line break
	}
	if text := strings.TrimSpace(w.inline(strings.Join(lines, " "))); text != "" { // not just an image
		w.out = append(w.out, text)
	}
	w.para = nil
}

// skipComments removes HTML comments from line, which may open or close
// one spanning several lines.
func (w *mdWriter) skipComments(line string) string {
	var b strings.Builder
	for line != "" {
		if w.comment {
			end := strings.Index(line, "-->")
			if end < 0 {
				return b.String()
			}
			line, w.comment = line[end+3:], false
			continue
		}
		start := strings.Index(line, "<!--")
		if start < 0 {
			b.WriteString(line)
			break
		}
		b.WriteString(line[:start])
		line, w.comment = line[start+4:], true
	}
	return b.String()
}

// tableRow turns "| a | b |" into "a<TAB>b".
func (w *mdWriter) tableRow(row string) string {
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	cells := strings.Split(row, "|")
	for i, c := range cells {
		cells[i] = w.inline(strings.TrimSpace(c))
	}
	return strings.Join(cells, "\t")
}

// inline removes inline markup from s; see inline.go.
func (w *mdWriter) inline(s string) string {
	return renderInline(s, w.refs)
}
