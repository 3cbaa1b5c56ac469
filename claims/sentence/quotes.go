package sentence

import (
	"strings"
	"unicode/utf8"
)

// Enclosure families: a closing mark closes the innermost open mark of its
// family, whatever the national style („…“, "…", »…«, «…», ,,…").
const (
	double = iota
	single
	paren
	bracket
	numFamilies
)

// maxDepth bounds how deeply quotes and brackets nest; deeper ones are
// ignored.
const maxDepth = 8

// maxSingle bounds how far a single quotation mark may be from its closing
// mark, so that apostrophes ("’90er", "Peters’") do not pair up across
// sentences.
const maxSingle = 400

// opening is an open quote or bracket and where it will close.
type opening struct {
	family  int
	closeAt int
}

// lookahead caches a forward search: the first match in [from, to) is at
// at, or there is none (at < 0). Queries only move forward, and a query past
// the searched range resumes where the last one stopped, so every byte is
// searched at most once per cache.
type lookahead struct {
	valid        bool
	from, to, at int
}

// mark handles a quotation mark or bracket at i: it opens an enclosure when
// a matching closing mark follows within the paragraph, and closes the
// innermost open one of its family. A closing quote after a dash ("to--\"")
// ends the sentence when a new one follows.
func (s *Scanner) mark(i int, r rune, size int) (next, end int) {
	src := s.src
	if r == ',' {
		if i+1 >= len(src) || src[i+1] != ',' {
			return i + 1, -1
		}
		size = 2
	}
	family, opens, closes := s.role(i, r, size)
	j := i + size
	if closes && s.close(family, i) {
		if family <= single && s.depth == 0 && isDash(runeBefore(src, i)) {
			k, newlines, _, _ := scanSpace(src, j)
			if k > j && newlines == 0 && s.startsSentence(k, true) {
				return k, j
			}
		}
		return j, -1
	}
	if opens {
		s.open(family, i, j)
	}
	return j, -1
}

// role tells the family of the mark r at i and whether it stands where an
// opening or a closing mark stands. Marks that only open („ ‚ ,, ( [) or only
// close () ]) say so; the others decide by position: an opening mark follows
// a space and precedes a word, a closing mark follows a word and precedes a
// space or punctuation.
func (s *Scanner) role(i int, r rune, size int) (family int, opens, closes bool) {
	switch r {
	case '(':
		return paren, true, false
	case ')':
		return paren, false, true
	case '[':
		return bracket, true, false
	case ']':
		return bracket, false, true
	case '„', ',':
		return double, s.openerAt(i, size), false
	case '‚', '`':
		return single, s.openerAt(i, size), false
	case '"', '“', '”', '‟', '«', '»':
		family = double
	default:
		family = single
	}
	// A mark that findCloser found for an opening one is known to close.
	c := &s.closers[family]
	closes = c.valid && c.at == i || closerAt(s.src, i, size)
	opens = !closes && (i == s.start || boundaryBefore(s.src, i)) && !boundaryAfter(s.src, i+size)
	return family, opens, closes
}

// closerAt reports whether the mark at i (of size bytes) stands where a
// closing mark stands: after a word or a dash ("to--\""), before a space or
// punctuation.
func closerAt(src string, i, size int) bool {
	return (!boundaryBefore(src, i) || isDash(runeBefore(src, i))) && boundaryAfter(src, i+size)
}

func (s *Scanner) openerAt(i, size int) bool {
	return (i == s.start || boundaryBefore(s.src, i)) && !boundaryAfter(s.src, i+size)
}

// boundaryBefore reports whether an opening mark may stand at i.
func boundaryBefore(src string, i int) bool {
	if i == 0 {
		return true
	}
	if c := src[i-1]; c < utf8.RuneSelf {
		return asciiBoundary[c].before // the common case, without decoding
	}
	return mayPrecedeOpening(runeBefore(src, i))
}

// boundaryAfter reports whether a closing mark may end before j.
func boundaryAfter(src string, j int) bool {
	if j < len(src) && src[j] < utf8.RuneSelf {
		return asciiBoundary[src[j]].after // the common case, without decoding
	}
	r, n := runeAt(src, j)
	return n == 0 || mayFollowClosing(r)
}

// mayPrecedeOpening reports whether an opening mark may follow r.
func mayPrecedeOpening(r rune) bool {
	switch r {
	case '(', '[', '{', '/', '-', '–', '—':
		return true
	}
	return isSpace(r)
}

// mayFollowClosing reports whether r may follow a closing mark.
func mayFollowClosing(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '-', '–', '—', '/', '"', '\'':
		return true
	}
	return isSpace(r) || isQuote(r)
}

// asciiBoundary holds mayPrecedeOpening and mayFollowClosing for ASCII.
var asciiBoundary = func() (t [utf8.RuneSelf]struct{ before, after bool }) {
	for c := range t {
		t[c].before, t[c].after = mayPrecedeOpening(rune(c)), mayFollowClosing(rune(c))
	}
	return t
}()

// open pushes the enclosure opened by the mark at i (ending at j) if its
// closing mark follows within the paragraph.
func (s *Scanner) open(family, i, j int) {
	if s.depth == maxDepth {
		return
	}
	limit := s.paragraphEnd(j)
	if family == single {
		limit = min(limit, i+maxSingle)
	}
	if s.closerAfter(family, j, limit) < 0 {
		return
	}
	at := s.closers[family].at
	s.stack[s.depth] = opening{family, at}
	s.depth++
}

// close closes the innermost open enclosure of family, and reports whether
// there was one.
func (s *Scanner) close(family, i int) bool {
	for d := s.depth - 1; d >= 0; d-- {
		if s.stack[d].family == family {
			s.depth = d
			s.dropStale(i)
			return true
		}
	}
	return false
}

// dropStale forgets open enclosures whose closing mark lies before i: it was
// taken by another one ("(a (b) c" leaves "(a" without a partner).
func (s *Scanner) dropStale(i int) {
	for s.depth > 0 && s.stack[s.depth-1].closeAt < i {
		s.depth--
	}
}

// closerAfter returns the position of the first closing mark of family in
// [j, limit), or -1.
func (s *Scanner) closerAfter(family, j, limit int) int {
	c := &s.closers[family]
	switch {
	case !c.valid || j < c.from || c.at >= 0 && c.at < j:
		*c = lookahead{true, j, limit, s.findCloser(family, j, limit)}
	case c.at < 0 && limit > c.to:
		c.at, c.to = s.findCloser(family, max(c.to, j), limit), limit
	}
	if c.at < 0 || c.at >= limit {
		return -1
	}
	return c.at
}

// findCloser searches [j, limit) for a closing mark of family.
func (s *Scanner) findCloser(family, j, limit int) int {
	src := s.src[:limit]
	switch family {
	case paren, bracket:
		c := byte(')')
		if family == bracket {
			c = ']'
		}
		if k := strings.IndexByte(src[j:], c); k >= 0 {
			return j + k
		}
		return -1
	}
	// Every quotation mark starts with a byte that skipPlain stops at.
	for k := j; ; k++ {
		k = skipPlain(src, k)
		if k >= len(src) {
			break
		}
		c := src[k]
		if c != '"' && c != '\'' && c != 0xE2 && c != 0xC2 {
			continue
		}
		r, n := runeAt(src, k)
		if r == '"' || r == '“' || r == '”' || r == '‟' || r == '«' || r == '»' {
			if family == double && closerAt(s.src, k, n) {
				return k
			}
		} else if r == '\'' || r == '‘' || r == '’' || r == '‛' || r == '‹' || r == '›' {
			if family == single && closerAt(s.src, k, n) {
				return k
			}
		}
		k += n - 1
	}
	return -1
}

// paragraphEnd returns where the paragraph holding j ends: at the next blank
// line, or at the end of the text.
func (s *Scanner) paragraphEnd(j int) int {
	c := &s.paras
	if !c.valid || j < c.from || c.at >= 0 && c.at < j {
		*c = lookahead{true, j, len(s.src), findBlankLine(s.src, j)}
	}
	if c.at < 0 {
		return len(s.src)
	}
	return c.at
}

func findBlankLine(src string, j int) int {
	for j < len(src) {
		k := strings.IndexByte(src[j:], '\n')
		if k < 0 {
			return -1
		}
		k += j
		if k+1 < len(src) && src[k+1] < utf8.RuneSelf && byteClass[src[k+1]] != space {
			j = k + 1 // the common case: the next line starts at once
			continue
		}
		_, newlines, _, _ := scanSpace(src, k)
		if newlines >= 2 {
			return k
		}
		j = k + 1
	}
	return -1
}
