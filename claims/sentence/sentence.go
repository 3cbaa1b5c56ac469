package sentence

import (
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of one sentence, trimmed of
// surrounding white space.
type Span struct{ Start, End int }

// Split returns the sentences of text in order, not overlapping, all inside
// text. lang is "de", "en" or "" (both lexicons).
func Split(text, lang string) []Span {
	var s Scanner
	s.Init(text, lang)
	out := make([]Span, 0, estimate(text))
	for {
		sp, ok := s.Scan()
		if !ok {
			return out
		}
		out = append(out, sp)
	}
}

// estimate guesses how many sentences text holds, so that Split allocates
// its result once in the common case: it counts the terminals and line
// breaks in the first 4 KB and extrapolates.
func estimate(text string) int {
	sample := text[:min(len(text), 4096)]
	n := 1
	for i := 0; i < len(sample); i++ {
		switch sample[i] {
		case '.', '!', '?', '\n':
			n++
		}
	}
	return n*(len(text)/max(len(sample), 1)+1) + 1
}

// Scanner finds the sentences of a text one at a time, in one pass:
//
//	var s Scanner
//	s.Init(text, "de")
//	for sp, ok := s.Scan(); ok; sp, ok = s.Scan() {
//		fmt.Println(text[sp.Start:sp.End])
//	}
//
// The zero Scanner holds no text; Init prepares it.
type Scanner struct {
	src    string
	offset int  // where the next Scan begins
	german bool // apply the German ordinal rules ("am 9. Februar")

	// The current sentence.
	start int // its first byte
	stack [maxDepth]opening
	depth int
	list  listItem // the list item it began with, if any

	// Look-ahead caches, one per enclosure family and one for paragraph ends,
	// so that deciding whether a quote closes stays linear in the text.
	closers [numFamilies]lookahead
	paras   lookahead
}

// Init prepares s to scan text. lang is "de", "en" or "" (both); it selects
// the German ordinal rules, which "en" switches off (any other value acts
// like ""). The abbreviation lexicons of both languages always apply.
func (s *Scanner) Init(text, lang string) {
	*s = Scanner{src: text, german: lang != "en"}
}

// Scan returns the next sentence and true, or false when the text is done.
func (s *Scanner) Scan() (Span, bool) {
	src := s.src
	i := skipSpace(src, s.offset)
	if i >= len(src) {
		s.offset = len(src)
		return Span{}, false
	}
	s.begin(i)
	i = s.leadingMarker(i)
	for i < len(src) {
		// Skip what needs no decision. Single blanks between words do not
		// either, unless the sentence is a list item: then each word may be
		// the next item's marker.
		if s.list.kind == 0 {
			i = skipPlain(src, i)
		} else {
			for i < len(src) && byteClass[src[i]] == plain {
				i++
			}
		}
		if i >= len(src) {
			break
		}
		c := src[i]
		next, end := i+1, -1
		switch byteClass[c] {
		case space:
			next, end = s.space(i)
		case stop:
			next, end = s.terminal(i, rune(src[i]), 1)
		case mark:
			next, end = s.mark(i, rune(src[i]), 1)
		case lead:
			r, size := decodeAt(src, i)
			switch { // quotation marks first: they are the most common
			case isQuote(r):
				next, end = s.mark(i, r, size)
			case isSpace(r):
				next, end = s.space(i)
			case isTerminal(r):
				next, end = s.terminal(i, r, size)
			case isBullet(r) && i > s.start && spaceBefore(src, i):
				next, end = i, s.trimEnd(i)
			default:
				next = i + size
			}
		}
		if end >= 0 {
			s.offset = next
			return Span{s.start, end}, true
		}
		i = next
	}
	s.offset = len(src)
	return Span{s.start, s.trimEnd(len(src))}, true
}

// skipPlain returns the first offset at or after i that needs a decision:
// a byte whose wordClass is not plain, except a comma that is not doubled
// (only ",," opens a quotation; mark passes a single comma by). It goes two
// bytes at a time through plainPairs, four pairs to a bounds check, and
// decides on the first byte of a pair that is not plain by itself.
func skipPlain(src string, i int) int {
	for {
		if i+8 <= len(src) {
			s := src[i : i+8]
			switch {
			case !plainPair(s, 0):
			case !plainPair(s, 2):
				i += 2
			case !plainPair(s, 4):
				i += 4
			case !plainPair(s, 6):
				i += 6
			default:
				i += 8
				continue
			}
		} else if i+2 <= len(src) && plainPair(src, i) {
			i += 2
			continue
		}
		if i >= len(src) {
			return i
		}
		if c := src[i]; wordClass[c] != plain && (c != ',' || i+1 < len(src) && src[i+1] == ',') {
			return i
		}
		i++
	}
}

// plainPair reports whether skipPlain may pass both bytes at k.
func plainPair(s string, k int) bool {
	return plainPairs[uint16(s[k])|uint16(s[k+1])<<8]
}

// plainPairs tells for each pair of bytes, the first in the low byte of the
// index, whether skipPlain may pass both: the second is plain, and the first
// is plain or a comma (which the plain second byte shows is single). A
// comma second depends on the byte after the pair.
var plainPairs = func() (t [1 << 16]bool) {
	var row [256]bool // the pairs with a plain second byte
	for first := range row {
		row[first] = wordClass[first] == plain || first == ','
	}
	for second := range 256 {
		if wordClass[second] == plain {
			copy(t[second<<8:], row[:])
		}
	}
	return t
}()

// begin resets the per-sentence state for a sentence starting at i.
func (s *Scanner) begin(i int) {
	s.start, s.depth = i, 0
}

// trimEnd backs i up over the blanks before it, which the fast path skips.
func (s *Scanner) trimEnd(i int) int {
	for i > s.start && s.src[i-1] == ' ' {
		i--
	}
	return i
}

// space consumes the run of white space at i (or at the blanks before it)
// and decides whether the sentence ends there: at a blank line, at a line
// break that is not a soft wrap, before a bullet, or before the next item of
// a list.
func (s *Scanner) space(i int) (next, end int) {
	src := s.src
	i = s.trimEnd(i)
	j, newlines, blank, indent := scanSpace(src, i)
	if j >= len(src) || newlines >= 2 {
		return j, i
	}
	if newlines == 1 && !s.continues(i, j, blank, indent) {
		return j, i
	}
	if isBulletAt(src, j) || s.nextItem(i, j) {
		return j, i
	}
	return j, -1
}

// continues reports whether the line starting at j continues the sentence
// of the line ending at i, which ended without terminal punctuation: either
// the line before was soft-wrapped (it ends in a blank, and the new line is
// not indented with a tab) or the new line starts in lower case after a line
// of at least three words. Bullets and list items always start anew.
func (s *Scanner) continues(i, j int, blank, indent bool) bool {
	src := s.src
	if isBulletAt(src, j) {
		return false
	}
	if _, ok := parseItem(src, j); ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[j:])
	if blank && !indent && (unicode.IsLetter(r) || r == '(') {
		return true
	}
	return unicode.IsLower(r) && s.wordsAtLeast(i, 3)
}

// scanSpace consumes white space from i. It reports where it ends, how many
// line breaks it holds (a paragraph separator counts two), whether a blank or
// tab came before the first break, and whether a tab follows the last one.
func scanSpace(src string, i int) (j, newlines int, blank, indent bool) {
	j = i
	for j < len(src) {
		c := src[j]
		switch {
		case c == '\n':
			newlines++
			j++
			continue
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			if newlines == 0 {
				blank = true
			} else if c == '\t' && src[j-1] == '\n' {
				indent = true
			}
			j++
			continue
		case c == '\r':
			if j+1 >= len(src) || src[j+1] != '\n' {
				newlines += 2 // a lone carriage return is a hard break
			}
			j++
			continue
		case c < utf8.RuneSelf:
			return j, newlines, blank, indent
		}
		r, size := utf8.DecodeRuneInString(src[j:])
		switch {
		case r == '\u2029':
			newlines += 2
		case r == '\u2028' || r == '\u0085':
			newlines++
		case isSpace(r):
			if newlines == 0 {
				blank = true
			}
		default:
			return j, newlines, blank, indent
		}
		j += size
	}
	return j, newlines, blank, indent
}

// skipSpace returns the first position at or after i that is not white space.
func skipSpace(src string, i int) int {
	if i < len(src) && ' ' < src[i] && src[i] < utf8.RuneSelf {
		return i // the common case: no space at all
	}
	j, _, _, _ := scanSpace(src, i)
	return j
}
