package claims

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tidy removes the debris that pasting from web pages, PDFs, word
// processors and code leaves in an article, and returns the tidied text with
// warnings that say, with counts, what was changed ("removed 3 HTML tags").
// It takes text as Normalize returns it and returns text that Normalize
// leaves unchanged.
//
// Every rule is narrow, so that article text is never damaged: when in
// doubt, Tidy leaves the text alone. The rules, in the order they run:
//
//   - HTML and XML tags are removed when they are tags beyond doubt: a
//     closing tag ("</p>", "</bpt>"), an element HTML knows ("<em>", "<br/>",
//     `<h2 class="lined">`), or any element with a quoted attribute
//     (`<bpt i="0" type="bold">`). Attributes must be well formed,
//     name="value", name='value' or name=value, so "a <b and c> d" and
//     "x < y" in prose stay. A tag that separates blocks ("</p><p>",
//     "<br>") leaves a space between the words it separated, and a line
//     that held nothing but tags disappears. Tags do not span lines, and
//     "script" and "style" are not on the list: their contents are code,
//     which no rule here could tidy, so they stay visible to the editor.
//   - Escaped tags of known elements ("&lt;b&gt;", "&lt;/p&gt;") are removed
//     the same way. Other character references stay as they are: decoding
//     "&amp;lt;" would make a tag that the next run would remove.
//   - Dot leaders become one space: four or more periods between two words
//     ("dots........please", "Kapitel 1.........12"), five or more between
//     a word and a page number ("Einleitung ........ 3"). "...", "…",
//     ". . ." and "that.... She" or "that.... 5" (an ellipsis and a period)
//     stay.
//   - Literal escape codes "\n", "\r" and "\r\n" that stand after a blank
//     and before a blank, a capital, a separator character or the end of
//     the line ("Hello World. \r\n Hello.") become a line break; at the end
//     of a line they are removed. "C:\new" and "\news" stay.
//   - Runs of separator characters (/ = - # _ ~ + |) that are at least five
//     long are removed at the start of a line ("////Header", "=====
//     Titel") and at its end after a blank ("Titel ====="), or glued to it
//     when the start went too ("-----Anzeige-----"). Asterisks stay at
//     the ends of a line: "F*****" and "Hotel *****" are text.
//   - TeX-style quotes become plain ones when the backtick opens a word (it
//     stands before a letter or digit, after a blank or a bracket) and the
//     closing apostrophe follows on the same line: a backtick becomes an
//     apostrophe (`So what?' → 'So what?'), and two backticks and the two
//     apostrophes that close them become double quotes.
//   - Separator lines, holding only separator characters (asterisks
//     included), are removed when they hold five or more ("=====",
//     "//////", "* * * * *"); a paragraph made of nothing but separator lines
//     ("/" between "WARNING" and "AVERTISEMENT", "* * *") and at most one
//     page number is removed whole, with the blank lines after it.
//   - Page numbers alone in a paragraph ("3", "- 12 -") are removed. A number
//     on a line inside a paragraph stays: it may be a table cell.
//   - A period alone at the start of a line (".", ". Pricing") is moved to
//     the end of the line before when that line ends in a letter or digit
//     ("pricing\n." → "pricing."); ". . ." at the start of a line stays.
//   - Letters printed one per line ("W\nA\nRN\nI\nNG") are joined into one
//     word: three or more lines of one or two capitals, more than half of
//     them single letters. So "a\nb" and "DE\nFR\nIT" stay.
//
// Tidy is idempotent, Tidy(Tidy(x)) == Tidy(x): the rules run in an order in
// which none creates debris for a rule that ran before it, and a tag or a
// dot leader is left alone inside an unclosed "<" or "&lt;", or after a
// "<" or "&l", where removing it could join the text around it into a new
// tag ("<<b></b>i>"). It returns text itself, not a copy, when nothing
// changes, never returns longer text than it got, and never returns text
// that Normalize would refuse: if tidying would leave nothing (a text that
// is all tags), text is returned as it came. It runs in time linear in the
// length of text; clean text is only searched with the byte searches of
// package strings, never copied.
func Tidy(text string) (string, []string) {
	out := text
	need := survey(out)
	if need == 0 {
		return text, nil
	}
	t := new(tidier)
	for _, p := range passes {
		if need&p.need == 0 {
			continue
		}
		t.markup = false
		next := mapLines(out, func(line string) (string, bool) { return p.run(t, line) })
		if next == out {
			continue
		}
		if p.need == needTags {
			// Removing a tag between a letter and a combining mark
			// ("e<b>\u0301") leaves text that is not NFC.
			next = norm.NFC.String(next)
		}
		out, need = next, survey(next)
	}
	if need&needLines != 0 {
		out = t.lines(out)
	}
	if !t.changed() {
		return text, nil
	}
	out = strings.Trim(out, "\n")
	head := strings.TrimSpace(out)
	if head == "" || binarySignature([]byte(head[:min(len(head), 32)])) != "" {
		return text, nil
	}
	return out, t.warnings()
}

// The rules Tidy counts, in the order of its warnings.
const (
	ruleTags = iota
	ruleEscapedTags
	ruleDotLeaders
	ruleEscapes
	ruleEdgeRuns
	ruleQuotes
	ruleSeparatorLines
	rulePageNumbers
	rulePeriods
	ruleLetters
	numRules
)

// ruleWarnings words the warning of each rule, singular and plural.
var ruleWarnings = [numRules][2]string{
	ruleTags:           {"removed %d HTML tag", "removed %d HTML tags"},
	ruleEscapedTags:    {"removed %d escaped HTML tag (&lt;b&gt;)", "removed %d escaped HTML tags (&lt;b&gt;)"},
	ruleDotLeaders:     {`replaced %d dot leader ("........") with a space`, `replaced %d dot leaders ("........") with a space`},
	ruleEscapes:        {`turned %d literal line-break code ("\n") into a line break`, `turned %d literal line-break codes ("\n") into line breaks`},
	ruleEdgeRuns:       {`removed %d run of separator characters ("/////") at the start or end of a line`, `removed %d runs of separator characters ("/////") at the start or end of a line`},
	ruleQuotes:         {"changed %d `quote' to 'quote'", "changed %d `quotes' to 'quotes'"},
	ruleSeparatorLines: {`removed %d separator line ("=====", "/")`, `removed %d separator lines ("=====", "/")`},
	rulePageNumbers:    {"removed %d page number standing alone", "removed %d page numbers standing alone"},
	rulePeriods:        {"moved %d period from the start of a line to the end of the line before", "moved %d periods from the start of a line to the end of the line before"},
	ruleLetters:        {"joined %d line of letters printed one per line into a word", "joined %d lines of letters printed one per line into words"},
}

// tidier holds the counts of one Tidy call and the state its passes carry
// from line to line.
type tidier struct {
	n      [numRules]int
	markup bool   // inside an unclosed "<" or "&lt;" (see markupAfter)
	buf    []byte // scratch for the line being rewritten
}

func (t *tidier) changed() bool { return t.n != [numRules]int{} }

func (t *tidier) warnings() []string {
	var w []string
	for rule, n := range t.n {
		if n > 0 {
			w = append(w, fmt.Sprintf(ruleWarnings[rule][min(n-1, 1)], n))
		}
	}
	return w
}

// What survey finds worth a closer look, one bit per pass.
const (
	needTags    = 1 << iota // "<" before a letter or "/", or "&lt;"
	needDots                // "...."
	needEscapes             // a backslash before "n" or "r"
	needEdges               // a line starting or ending with a separator character
	needQuotes              // a backtick
	needLines               // a line the line rules may change
)

// A pass rewrites one line at a time; it returns the new line, which may
// hold line breaks, and false to drop the line.
type pass struct {
	need int
	run  func(t *tidier, line string) (string, bool)
}

// passes are the inline rules in the order they run. Each may create what a
// later one removes (a removed tag leaves "dots........please"; a literal
// "\n" turned into a line break leaves "////" at the start of a line), never
// what an earlier one removes, which is what makes Tidy idempotent.
var passes = []pass{
	{needTags, (*tidier).tags},
	{needDots, (*tidier).dotLeaders},
	{needEscapes, (*tidier).escapes},
	{needEdges, (*tidier).edgeRuns},
	{needQuotes, (*tidier).quotes},
}

// survey reads text and reports which passes may change it. It is the only
// work Tidy does on clean text, so it searches for each kind of debris with
// the fast byte searches of package strings instead of looking at every byte
// itself.
func survey(text string) int {
	need := 0
	if followedBy(text, '<', func(c byte) bool { return c == '/' || isLetterASCII(c) }) || strings.Contains(text, "&lt;") {
		need |= needTags
	}
	if strings.Contains(text, "....") {
		need |= needDots
	}
	if followedBy(text, '\\', func(c byte) bool { return c == 'n' || c == 'r' }) {
		need |= needEscapes
	}
	if strings.IndexByte(text, '`') >= 0 {
		need |= needQuotes
	}
	for line := range strings.SplitSeq(text, "\n") {
		need |= surveyLine(line)
	}
	return need
}

// followedBy reports whether text holds the byte c followed by a byte for
// which next is true.
func followedBy(text string, c byte, next func(byte) bool) bool {
	for i := strings.IndexByte(text, c); i >= 0 && i+1 < len(text); {
		if next(text[i+1]) {
			return true
		}
		k := strings.IndexByte(text[i+1:], c)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// surveyLine reports whether the edge and line rules may change line.
func surveyLine(line string) int {
	body := strings.TrimLeft(line, " \t")
	if body == "" {
		return 0
	}
	need := 0
	if isSeparator(body[0]) || isSeparator(body[len(body)-1]) {
		need |= needEdges
		if separators(body) > 0 {
			need |= needLines
		}
	}
	if lonePeriod(line) || len(body) <= maxShortLine && (pageNumber(line) || letterLine(line)) {
		need |= needLines
	}
	return need
}

// maxShortLine is the longest line, in bytes, that can be a page number
// ("— 123 —") or a line of letters.
const maxShortLine = 11

// mapLines applies f to every line of text and joins what it returns. It
// returns text itself when f changes no line.
func mapLines(text string, f func(string) (string, bool)) string {
	var b []byte
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		out, keep := f(line)
		if b == nil && (!keep || out != line) {
			b = make([]byte, 0, len(text))
			b = append(b, text[:start]...)
		}
		if b != nil && keep {
			b = append(b, out...)
			b = append(b, '\n')
		}
		start = end + 1
	}
	if b == nil {
		return text
	}
	if len(b) > 0 {
		b = b[:len(b)-1]
	}
	return string(b)
}

// knownTags are the HTML elements whose tags Tidy removes even without
// attributes, and whether they separate blocks of text.
var knownTags = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range strings.Fields("a abbr acronym b bdi bdo big cite code del dfn em font i img ins kbd mark q s samp small span strike strong sub sup time tt u var wbr") {
		m[name] = false
	}
	for _, name := range strings.Fields("address article aside blockquote body br caption center dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section table tbody td tfoot th thead title tr ul") {
		m[name] = true
	}
	return m
}()

// maxTagName bounds the names of elements and attributes.
const maxTagName = 32

// tags removes the tags and escaped tags of line (see Tidy).
func (t *tidier) tags(line string) (string, bool) {
	if !markupBytes(line) {
		return line, true
	}
	b := t.buf[:0]
	last := 0
	for i := 0; i < len(line); i++ {
		var end int
		var block, ok bool
		rule := ruleTags
		switch c := line[i]; {
		case c == '<':
			end, block, ok = parseTag(line, i)
		case strings.HasPrefix(line[i:], "&lt;"):
			end, block, ok = parseEscapedTag(line, i)
			rule = ruleEscapedTags
		case c == '>' || c == '&':
		default:
			continue
		}
		if !ok || t.markup || openTail(b, line[last:i]) {
			t.markup = markupAfter(t.markup, line, i)
			continue
		}
		b = append(b, line[last:i]...)
		if block && len(b) > 0 && !isBlank(b[len(b)-1]) && end < len(line) && !isBlank(line[end]) {
			b = append(b, ' ')
		}
		last = end
		if len(bytes.TrimLeft(b, " \t")) == 0 {
			for last < len(line) && isBlank(line[last]) {
				last++ // no indentation left by a tag at the start of a line
			}
		}
		t.n[rule]++
		i = end - 1
	}
	if last == 0 {
		return line, true
	}
	b = append(b, line[last:]...)
	t.buf = b
	out := strings.TrimRightFunc(string(b), unicode.IsSpace)
	return out, strings.TrimSpace(out) != ""
}

// markupBytes reports whether line holds "<", ">" or "&", the bytes that
// tags and the markup state depend on.
func markupBytes(line string) bool {
	return strings.IndexByte(line, '<') >= 0 || strings.IndexByte(line, '>') >= 0 || strings.IndexByte(line, '&') >= 0
}

// markupAfter updates the markup state for the character at i, which is not
// part of a removed tag: "<" before a letter or "/", and "&lt;" before one,
// open markup; ">" and "&gt;" close it. Inside open markup no tag and no dot
// leader is removed, since what surrounds it could then read as a tag
// ("<<b></b>i>" would become "<i>"). The state carries over line breaks, so
// that it does not change when a later rule splits a line.
func markupAfter(open bool, line string, i int) bool {
	rest := line[i:]
	switch {
	case rest[0] == '>' || strings.HasPrefix(rest, "&gt;"):
		return false
	case rest[0] == '<':
		return open || len(rest) > 1 && (rest[1] == '/' || isLetterASCII(rest[1]))
	case strings.HasPrefix(rest, "&lt;"):
		return open || len(rest) > 4 && (rest[4] == '/' || isLetterASCII(rest[4]))
	}
	return open
}

// openTail reports whether the text written so far on the line, b followed
// by pending, ends in what a tag or an escaped tag starts with ("<", "</",
// "&l", "&lt;"): removing a tag there could complete one ("<<b></b>i>"
// would become "<i>"). Only the text before the tag is looked at, which no
// later rule changes, so the decision is the same on the next run.
func openTail(b []byte, pending string) bool {
	var buf [5]byte
	k := len(buf)
	for j := len(pending) - 1; j >= 0 && k > 0; j-- {
		k--
		buf[k] = pending[j]
	}
	for j := len(b) - 1; j >= 0 && k > 0; j-- {
		k--
		buf[k] = b[j]
	}
	tail := buf[k:]
	for _, open := range [...]string{"<", "</", "&", "&l", "&lt", "&lt;", "&lt;/"} {
		if bytes.HasSuffix(tail, []byte(open)) {
			return true
		}
	}
	return false
}

// parseTag parses the tag at line[i] ('<') and returns where it ends and
// whether it separates blocks. ok is false when it is not a tag beyond
// doubt: see Tidy. A tag never holds "<" or ">" inside, so a failed parse
// reads no further than the next one, and the scan stays linear.
func parseTag(line string, i int) (end int, block, ok bool) {
	j := i + 1
	closing := j < len(line) && line[j] == '/'
	if closing {
		j++
	}
	name, j := tagName(line, j)
	if name == "" {
		return 0, false, false
	}
	var lower [maxTagName]byte
	block, known := knownTags[string(toLowerASCII(lower[:0], name))]
	quoted := false
	for {
		k := j
		for k < len(line) && isBlank(line[k]) {
			k++
		}
		switch {
		case k < len(line) && line[k] == '>':
			return k + 1, block, known || closing || quoted
		case !closing && strings.HasPrefix(line[k:], "/>"):
			return k + 2, block, known || quoted
		case k == j || closing:
			return 0, false, false
		}
		var q bool
		if j, q = attribute(line, k); j < 0 {
			return 0, false, false
		}
		quoted = quoted || q
	}
}

// tagName returns the element or attribute name at line[j]: a letter, then
// letters, digits, "-", "_" and ":", at most maxTagName bytes.
func tagName(line string, j int) (string, int) {
	k := j
	for k < len(line) && k-j < maxTagName {
		c := line[k]
		if !isLetterASCII(c) && (k == j || !isDigitASCII(c) && c != '-' && c != '_' && c != ':') {
			break
		}
		k++
	}
	if k < len(line) && k-j == maxTagName {
		return "", j
	}
	return line[j:k], k
}

// attribute parses name="value", name='value' or name=value at line[k] and
// returns where it ends (-1 if it is none) and whether the value is quoted.
func attribute(line string, k int) (int, bool) {
	name, j := tagName(line, k)
	if name == "" || j >= len(line) || line[j] != '=' {
		return -1, false
	}
	j++
	if j >= len(line) {
		return -1, false
	}
	if q := line[j]; q == '"' || q == '\'' {
		end := strings.IndexAny(line[j+1:], "<>\"'")
		if end < 0 || line[j+1+end] != q {
			return -1, false
		}
		return j + 1 + end + 1, true
	}
	v := j
	for j < len(line) && (isLetterASCII(line[j]) || isDigitASCII(line[j]) || strings.IndexByte("-_.:/#%", line[j]) >= 0) {
		j++
	}
	if j == v {
		return -1, false
	}
	return j, false
}

// parseEscapedTag parses the escaped tag of a known element at line[i]
// ("&lt;b&gt;", "&lt;/p&gt;", "&lt;br /&gt;").
func parseEscapedTag(line string, i int) (end int, block, ok bool) {
	j := i + len("&lt;")
	if j < len(line) && line[j] == '/' {
		j++
	}
	name, j := tagName(line, j)
	var lower [maxTagName]byte
	block, known := knownTags[string(toLowerASCII(lower[:0], name))]
	if !known {
		return 0, false, false
	}
	if j < len(line) && line[j] == ' ' {
		j++
	}
	if j < len(line) && line[j] == '/' {
		j++
	}
	if !strings.HasPrefix(line[j:], "&gt;") {
		return 0, false, false
	}
	return j + len("&gt;"), block, true
}

// dotLeaders replaces the dot leaders of line with a space (see Tidy).
func (t *tidier) dotLeaders(line string) (string, bool) {
	if !strings.Contains(line, "....") {
		if markupBytes(line) {
			for i := 0; i < len(line); i++ {
				if c := line[i]; c == '<' || c == '>' || c == '&' {
					t.markup = markupAfter(t.markup, line, i)
				}
			}
		}
		return line, true
	}
	var b []byte
	last, scanned := 0, 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '<', '>', '&':
			t.markup = markupAfter(t.markup, line, i)
			continue
		case '.':
		default:
			continue
		}
		j := i
		for j < len(line) && line[j] == '.' {
			j++
		}
		if j-i < 4 || t.markup {
			i = j - 1
			continue
		}
		from, to, ok := leader(line, i, j)
		if !ok || from < scanned {
			i = j - 1
			continue
		}
		if b == nil {
			b = t.buf[:0]
		}
		b = append(b, line[last:from]...)
		b = append(b, ' ')
		last, scanned = to, to
		t.n[ruleDotLeaders]++
		i = to - 1
	}
	if b == nil {
		return line, true
	}
	b = append(b, line[last:]...)
	t.buf = b
	return string(b), true
}

// leader decides whether the periods line[i:j] are a dot leader and returns
// the stretch to replace, the periods with the blanks around them.
func leader(line string, i, j int) (from, to int, ok bool) {
	from, to = i, j
	for from > 0 && isBlank(line[from-1]) {
		from--
	}
	for to < len(line) && isBlank(line[to]) {
		to++
	}
	before, _ := utf8.DecodeLastRuneInString(line[:from])
	after, _ := utf8.DecodeRuneInString(line[to:])
	if from == 0 || !isAlnum(before) || to == len(line) {
		return 0, 0, false
	}
	if from == i && to == j && isAlnum(after) {
		return from, to, true // "dots........please"
	}
	return from, to, j-i >= minSpacedLeader && isDigitASCII(line[to]) // "Einleitung ....... 3"
}

// minSpacedLeader is the shortest dot leader before a page number that
// does not join two words: "that.... 5" may be an ellipsis and a period.
const minSpacedLeader = 5

// escapes turns the literal line-break codes of line into line breaks (see
// Tidy).
func (t *tidier) escapes(line string) (string, bool) {
	var b []byte
	last := 0
	for i := strings.IndexByte(line, '\\'); i >= 0 && i < len(line); {
		end, breaks := escapeRun(line, i)
		if breaks == 0 || i == 0 || !isBlank(line[i-1]) || strings.TrimLeft(line[:i], " \t") == "" {
			i = nextBackslash(line, i+1)
			continue
		}
		if end < len(line) && !isBlank(line[end]) && !isSeparator(line[end]) && !unicode.IsUpper(runeAt(line, end)) {
			i = nextBackslash(line, end)
			continue
		}
		from, to := i, end
		for isBlank(line[from-1]) {
			from--
		}
		for to < len(line) && isBlank(line[to]) {
			to++
		}
		if b == nil {
			b = t.buf[:0]
		}
		b = append(b, line[last:from]...)
		if to < len(line) {
			b = append(b, strings.Repeat("\n", breaks)...)
		}
		last = to
		t.n[ruleEscapes] += breaks
		i = nextBackslash(line, to)
	}
	if b == nil {
		return line, true
	}
	b = append(b, line[last:]...)
	t.buf = b
	return string(b), true
}

// escapeRun reads the run of "\n", "\r" and "\r\n" codes at line[i], blanks
// between them allowed, and returns where it ends and how many line breaks
// it stands for.
func escapeRun(line string, i int) (end, breaks int) {
	end = i
	for j := i; ; {
		switch {
		case strings.HasPrefix(line[j:], `\r\n`):
			j += 4
		case strings.HasPrefix(line[j:], `\n`), strings.HasPrefix(line[j:], `\r`):
			j += 2
		default:
			return end, breaks
		}
		breaks++
		end = j
		for j < len(line) && isBlank(line[j]) {
			j++
		}
	}
}

func nextBackslash(line string, i int) int {
	if k := strings.IndexByte(line[i:], '\\'); k >= 0 {
		return i + k
	}
	return -1
}

// edgeRuns removes the runs of separator characters at the ends of line
// (see Tidy). Lines of nothing but separators are left to the line rules,
// and asterisks to the text: "Hotel *****" is a rating, "F*****" a word.
func (t *tidier) edgeRuns(line string) (string, bool) {
	h := 0
	for h < len(line) && (isEdgeSeparator(line[h]) || isBlank(line[h])) {
		h++
	}
	if h == len(line) || separators(line) > 0 {
		return line, true
	}
	k := len(line)
	for isEdgeSeparator(line[k-1]) || isBlank(line[k-1]) {
		k--
	}
	// A run glued to the last word goes only with a run at the start
	// ("-----Anzeige-----"): "Text-----" and "</////" stay.
	glued := k < len(line) && isEdgeSeparator(line[k])
	head := longestRun(line[:h]) >= minSeparatorRun
	tail := longestRun(line[k:]) >= minSeparatorRun && (!glued || head && endsInAlnum(line[:k]))
	from, to := 0, len(line)
	if head {
		from = h
		t.n[ruleEdgeRuns]++
	}
	if tail {
		to = k
		t.n[ruleEdgeRuns]++
	}
	return line[from:to], true
}

// minSeparatorRun is the shortest run of separator characters taken for
// debris: "-----" is a rule, "--" a dash.
const minSeparatorRun = 5

// longestRun returns the length of the longest run of separator characters
// in s.
func longestRun(s string) int {
	longest, n := 0, 0
	for i := 0; i < len(s); i++ {
		if isSeparator(s[i]) {
			n++
			longest = max(longest, n)
		} else {
			n = 0
		}
	}
	return longest
}

func isEdgeSeparator(c byte) bool { return c != '*' && isSeparator(c) }

func isSeparator(c byte) bool {
	switch c {
	case '/', '=', '-', '*', '#', '_', '~', '+', '|':
		return true
	}
	return false
}

// quotes turns TeX-style quotes into plain ones (see Tidy).
func (t *tidier) quotes(line string) (string, bool) {
	if strings.IndexByte(line, '`') < 0 {
		return line, true
	}
	var edits []int // positions of "`", "``" and "''" to replace, in any order
	single, double := -1, -1
	doubleFrom := 0 // a "``" finds its "''" after the last pair's
	for i := 0; i < len(line); i++ {
		if line[i] != '`' {
			continue
		}
		n := 1
		for i+n < len(line) && line[i+n] == '`' {
			n++
		}
		// An opening backtick stands before a word, never before a quote, so
		// the apostrophe it becomes can neither close a quote nor make two.
		opens := (i == 0 || isBlank(line[i-1]) || line[i-1] == '(' || line[i-1] == '[') &&
			i+n < len(line) && isAlnum(runeAt(line, i+n))
		switch {
		case !opens || n > 2:
		case n == 1:
			if single != -2 && single <= i {
				single = findCloser(line, i+1, "'")
			}
			if single >= 0 {
				edits = append(edits, i)
				t.n[ruleQuotes]++
			}
		case double != -2:
			double = findCloser(line, max(i+2, doubleFrom), "''")
			if double >= 0 {
				edits = append(edits, i, double)
				doubleFrom = double + 2
				t.n[ruleQuotes]++
			}
		}
		i += n - 1
	}
	if edits == nil {
		return line, true
	}
	slices.Sort(edits)
	b := make([]byte, 0, len(line))
	last := 0
	for _, at := range edits {
		b = append(b, line[last:at]...)
		if line[at] == '`' && (at+1 == len(line) || line[at+1] != '`') {
			b = append(b, '\'')
			last = at + 1
		} else {
			b = append(b, '"')
			last = at + 2
		}
	}
	return string(append(b, line[last:]...)), true
}

// findCloser returns the first closing mark at or after j that follows a
// non-blank, or -2 when there is none. The mark is "'" or "”"; a single
// apostrophe must also stand before a character that is no letter or
// digit, as an apostrophe inside a word ("don't") closes nothing.
func findCloser(line string, j int, mark string) int {
	for {
		k := strings.Index(line[j:], mark)
		if k < 0 {
			return -2
		}
		k += j
		end := k + len(mark)
		if !isBlank(line[k-1]) && (len(mark) == 2 || end == len(line) || !isAlnum(runeAt(line, end))) {
			return k
		}
		j = end
	}
}

// lines applies the line rules: separator lines, page numbers, periods at
// the start of a line, letters printed one per line (see Tidy). It works on
// paragraphs, runs of non-blank lines.
func (t *tidier) lines(text string) string {
	before := t.n
	in := strings.Split(text, "\n")
	out := make([]string, 0, len(in))
	for i := 0; i < len(in); {
		if blankLine(in[i]) {
			out = append(out, in[i])
			i++
			continue
		}
		j := i + 1
		for j < len(in) && !blankLine(in[j]) {
			j++
		}
		if !t.debris(in[i:j]) {
			out = t.paragraph(out, in[i:j])
		} else {
			for j < len(in) && blankLine(in[j]) {
				j++ // and the blank lines after it, which separated it
			}
		}
		i = j
	}
	if t.n == before {
		return text
	}
	return strings.Join(out, "\n")
}

// blankLine reports whether line is empty or, in text that did not go
// through Normalize, holds only blanks.
func blankLine(line string) bool { return strings.TrimLeft(line, " \t\r") == "" }

// debris reports whether para holds nothing but separator lines and at most
// one page number, and counts them if so.
func (t *tidier) debris(para []string) bool {
	seps, pages := 0, 0
	for _, line := range para {
		switch {
		case separators(line) > 0:
			seps++
		case pageNumber(line):
			pages++
		default:
			return false
		}
	}
	if pages > 1 {
		return false
	}
	t.n[ruleSeparatorLines] += seps
	t.n[rulePageNumbers] += pages
	return true
}

// paragraph appends the lines of para to out, tidied.
func (t *tidier) paragraph(out, para []string) []string {
	first := len(out) // the paragraph's first line in out
	run := -1         // where the current run of letter lines starts in out
	for _, line := range para {
		for line != "" {
			switch {
			case separators(line) >= minSeparatorRun:
				t.n[ruleSeparatorLines]++
				line = ""
			case lonePeriod(line) && len(out) > first && endsInAlnum(out[len(out)-1]):
				last := len(out) - 1
				if run >= 0 {
					out = t.joinLetters(out, run, last) // the glued line leaves the run
					last, run = len(out)-1, -1
				}
				out[last] += "."
				t.n[rulePeriods]++
				line = strings.TrimLeft(line[1:], " \t")
			case letterLine(line):
				if run < 0 {
					run = len(out)
				}
				out = append(out, line)
				line = ""
			default:
				if run >= 0 {
					out, run = t.joinLetters(out, run, len(out)), -1
				}
				out = append(out, line)
				line = ""
			}
		}
	}
	if run >= 0 {
		out = t.joinLetters(out, run, len(out))
	}
	return out
}

// joinLetters joins the letter lines out[from:to] into one word when they
// are letters printed one per line (see Tidy).
func (t *tidier) joinLetters(out []string, from, to int) []string {
	singles := 0
	for _, line := range out[from:to] {
		if utf8.RuneCountInString(line) == 1 {
			singles++
		}
	}
	if to-from < 3 || 2*singles <= to-from {
		return out
	}
	t.n[ruleLetters] += to - from
	return slices.Replace(out, from, to, strings.Join(out[from:to], ""))
}

// separators returns how many separator characters line holds when it holds
// nothing else but blanks, else 0.
func separators(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case isSeparator(c):
			n++
		case !isBlank(c):
			return 0
		}
	}
	return n
}

// pageNumber reports whether line holds only a page number: one to three
// digits, perhaps between dashes ("- 12 -", "– 3 –").
func pageNumber(line string) bool {
	s := strings.TrimSpace(line)
	s = strings.TrimSpace(trimDash(s, strings.TrimPrefix))
	s = strings.TrimSpace(trimDash(s, strings.TrimSuffix))
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigitASCII(s[i]) {
			return false
		}
	}
	return true
}

// trimDash removes one hyphen, en dash or em dash with cut, which is
// strings.TrimPrefix or strings.TrimSuffix.
func trimDash(s string, cut func(s, dash string) string) string {
	for _, dash := range [...]string{"-", "–", "—"} {
		if t := cut(s, dash); len(t) < len(s) {
			return t
		}
	}
	return s
}

// lonePeriod reports whether line starts with a period that stands alone:
// "." or ". Pricing" (before a letter or digit), not "...", ". . .",
// ".NET" or ". /////".
func lonePeriod(line string) bool {
	if line == "." {
		return true
	}
	if len(line) < 3 || line[:2] != ". " && line[:2] != ".\t" {
		return false
	}
	rest := strings.TrimLeft(line[1:], " \t")
	return rest != "" && isAlnum(runeAt(rest, 0))
}

// letterLine reports whether line is one or two capital letters.
func letterLine(line string) bool {
	n := 0
	for _, r := range line {
		if n++; n > 2 || !unicode.IsUpper(r) {
			return false
		}
	}
	return n > 0
}

func endsInAlnum(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isAlnum(r)
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

func isLetterASCII(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isDigitASCII(c byte) bool { return '0' <= c && c <= '9' }

// runeAt returns the rune at s[i], or utf8.RuneError at the end.
func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// toLowerASCII appends s to buf with ASCII capitals lowered.
func toLowerASCII(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
