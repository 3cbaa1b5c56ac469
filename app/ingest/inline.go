package ingest

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inline patterns of Markdown, matched at the start of the rest of a line.
var (
	autolink  = regexp.MustCompile(`^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>`)
	inlineTag = regexp.MustCompile(`^</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	entityRef = regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
)

// piece is a stretch of inline output: text, or a run of emphasis
// delimiters ("*", "__", "~~") that is dropped when it pairs with another.
type piece struct {
	text            string
	delim           byte // '*', '_' or '~'; 0 for text
	canOpen, canEnd bool
	paired          bool
}

// renderInline returns the reading text of one Markdown paragraph: escapes
// resolved, code spans unwrapped, link labels kept and their targets
// dropped, images, inline HTML tags and paired emphasis markers removed,
// entities decoded. refs holds the defined reference labels.
//
// Emphasis follows CommonMark's flanking rules in simplified form, with one
// departure: a single "*" inside a word stays, because German writes
// "Bürger*innen" and a reader must see it.
func renderInline(s string, refs map[string]bool) string {
	sc := inlineScanner{s: s, refs: refs, pairs: bracketPairs(s), noCloser: map[int]bool{}}
	var pieces []piece
	text := func(t string) { pieces = append(pieces, piece{text: t}) }
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\\':
			if i+1 < len(s) && strings.IndexByte(asciiPunct, s[i+1]) >= 0 {
				text(s[i+1 : i+2])
				i += 2
				continue
			}
		case '`':
			if code, end, ok := sc.codeSpan(i); ok {
				text(code)
				i = end
				continue
			}
		case '!':
			if _, end, ok := sc.link(i + 1); ok {
				i = end // images are dropped
				continue
			}
		case '[':
			if label, end, ok := sc.link(i); ok {
				text(renderInline(label, refs))
				i = end
				continue
			}
		case '<':
			if m := autolink.FindStringSubmatch(s[i:]); m != nil {
				text(m[1])
				i += len(m[0])
				continue
			}
			if m := inlineTag.FindString(s[i:]); m != "" {
				i += len(m)
				continue
			}
		case '&':
			if m := entityRef.FindString(s[i:]); m != "" {
				text(html.UnescapeString(m))
				i += len(m)
				continue
			}
		case '*', '_', '~':
			p, end := delimiterRun(s, i)
			pieces = append(pieces, p)
			i = end
			continue
		}
		end := i + 1
		for end < len(s) && strings.IndexByte(inlineSpecial, s[end]) < 0 {
			end++
		}
		text(s[i:end])
		i = end
	}
	pairDelimiters(pieces)
	var b strings.Builder
	for _, p := range pieces {
		if !p.paired {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// asciiPunct is what a backslash may escape; inlineSpecial the bytes that
// may start inline markup.
const (
	asciiPunct    = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	inlineSpecial = "\\`![<&*_~"
)

// inlineScanner holds what renderInline looks up while reading one
// paragraph. Both lookups keep it linear on hostile input: brackets are
// matched once, up front, and a backtick run length found unclosed is not
// searched for again.
type inlineScanner struct {
	s        string
	refs     map[string]bool
	pairs    map[int]int  // index of each '[' or '(' → index of its closing bracket
	noCloser map[int]bool // backtick run lengths with no closing run further on
}

// codeSpan reads the code span starting with the backtick run at s[i:] and
// returns its content, or ok false when the run is not closed.
func (sc *inlineScanner) codeSpan(i int) (code string, end int, ok bool) {
	s := sc.s
	n := runLength(s, i)
	for j := i + n; j < len(s) && !sc.noCloser[n]; {
		k := strings.IndexByte(s[j:], '`')
		if k < 0 {
			break
		}
		j += k
		if m := runLength(s, j); m != n {
			j += m
			continue
		}
		code = s[i+n : j]
		if len(code) > 2 && code[0] == ' ' && code[len(code)-1] == ' ' && strings.TrimSpace(code) != "" {
			code = code[1 : len(code)-1]
		}
		return code, j + n, true
	}
	sc.noCloser[n] = true
	return "", 0, false
}

// runLength counts the bytes equal to s[i] from i on.
func runLength(s string, i int) int {
	n := 1
	for i+n < len(s) && s[i+n] == s[i] {
		n++
	}
	return n
}

// link reads an inline link "[label](target)", a reference link
// "[label][ref]" or a shortcut "[label]" whose label is defined, at s[i:].
func (sc *inlineScanner) link(i int) (label string, end int, ok bool) {
	s := sc.s
	rb, found := sc.pairs[i]
	if i >= len(s) || s[i] != '[' || !found {
		return "", 0, false
	}
	label = s[i+1 : rb]
	switch rest := s[rb+1:]; {
	case strings.HasPrefix(rest, "("):
		if paren, ok := sc.pairs[rb+1]; ok {
			return label, paren + 1, true
		}
	case strings.HasPrefix(rest, "["):
		if ref, ok := sc.pairs[rb+1]; ok {
			name := s[rb+2 : ref]
			if name == "" {
				name = label
			}
			if sc.refs[strings.ToLower(name)] {
				return label, ref + 1, true
			}
		}
	}
	if sc.refs[strings.ToLower(label)] {
		return label, rb + 1, true
	}
	return "", 0, false
}

// bracketPairs matches square brackets and parentheses in s, skipping
// backslash escapes, and returns the index of the closing bracket for each
// opening one that has one.
func bracketPairs(s string) map[int]int {
	pairs := map[int]int{}
	var squares, parens []int
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			squares = append(squares, j)
		case '(':
			parens = append(parens, j)
		case ']':
			if n := len(squares); n > 0 {
				pairs[squares[n-1]] = j
				squares = squares[:n-1]
			}
		case ')':
			if n := len(parens); n > 0 {
				pairs[parens[n-1]] = j
				parens = parens[:n-1]
			}
		}
	}
	return pairs
}

// delimiterRun reads the run of '*', '_' or '~' at s[i:] and decides
// whether it may open or close emphasis.
func delimiterRun(s string, i int) (piece, int) {
	n := runLength(s, i)
	p := piece{text: s[i : i+n], delim: s[i]}
	if n > 3 || p.delim == '~' && n != 2 {
		return piece{text: p.text}, i + n
	}
	before, after := ' ', ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+n < len(s) {
		after, _ = utf8.DecodeRuneInString(s[i+n:])
	}
	left := !unicode.IsSpace(after) && (!isPunct(after) || unicode.IsSpace(before) || isPunct(before))
	right := !unicode.IsSpace(before) && (!isPunct(before) || unicode.IsSpace(after) || isPunct(after))
	switch {
	case p.delim == '_':
		p.canOpen = left && (!right || isPunct(before))
		p.canEnd = right && (!left || isPunct(after))
	case p.delim == '*' && n == 1 && left && right:
		// "Bürger*innen": a gender star, not emphasis.
	default:
		p.canOpen, p.canEnd = left, right
	}
	return p, i + n
}

// isPunct reports whether r counts as punctuation for flanking.
func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// pairDelimiters marks the delimiter runs that close an earlier opening run
// of the same character, and that opener, as paired. Runs left unpaired
// stay in the text.
func pairDelimiters(pieces []piece) {
	openers := map[byte][]int{} // open runs by delimiter, innermost last
	for i := range pieces {
		p := &pieces[i]
		if p.delim == 0 {
			continue
		}
		if stack := openers[p.delim]; p.canEnd && len(stack) > 0 {
			pieces[stack[len(stack)-1]].paired, p.paired = true, true
			openers[p.delim] = stack[:len(stack)-1]
			continue
		}
		if p.canOpen {
			openers[p.delim] = append(openers[p.delim], i)
		}
	}
}
