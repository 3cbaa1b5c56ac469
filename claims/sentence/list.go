package sentence

import "unicode/utf8"

// listItem is the marker of a list item: "1.", "2.)", "3)", "a.", "b)",
// "(c)", "(iv)", "iv)".
type listItem struct {
	kind  byte // 'n' number, 'a' lower-case letter, 'A' capital, 'r' Roman; 0 none
	value int  // the number, the letter, or the Roman numeral's value
	paren bool // ends in ")"
	end   int  // where the marker ends
}

// parseItem parses a list marker at i, which must be followed by white
// space. A capital letter with a period ("Q. What") is not a marker: it is
// more often an initial or a heading.
func parseItem(src string, i int) (listItem, bool) {
	var it listItem
	if i >= len(src) || !isDigit(src[i]) && src[i] != '(' && !isLetterByte(src[i]) ||
		i+1 < len(src) && isLetterByte(src[i]) && isLetterByte(src[i+1]) && roman(src[i:i+2]) == 0 {
		return it, false // not a marker, or a word: "Die", "Im"
	}
	k := i
	open := k < len(src) && src[k] == '('
	if open {
		k++
	}
	from := k
	for k < len(src) && isDigit(src[k]) && k-from < 3 {
		it.value = it.value*10 + int(src[k]-'0')
		k++
	}
	if k > from {
		it.kind = 'n'
	} else {
		for k < len(src) && isLetterByte(src[k]) && k-from < 4 {
			k++
		}
		switch w := src[from:k]; {
		case len(w) == 1:
			it.kind, it.value = 'a', int(w[0])
			if w[0] < 'a' {
				it.kind = 'A'
			}
		case len(w) > 1 && roman(w) > 0:
			it.kind, it.value = 'r', roman(w)
		default:
			return it, false
		}
	}
	if k >= len(src) {
		return it, false
	}
	switch {
	case open:
		if src[k] != ')' {
			return it, false
		}
		k++
		it.paren = true
	case src[k] == '.':
		k++
		if k < len(src) && src[k] == ')' {
			k++
			it.paren = true
		}
	case src[k] == ')':
		k++
		it.paren = true
	default:
		return it, false
	}
	if k < len(src) && !spaceAt(src, k) {
		return it, false
	}
	if it.kind == 'A' && !it.paren {
		return it, false
	}
	it.end = k
	return it, true
}

// first reports whether the marker opens a list: "1.", "a)", "(i)".
func (it listItem) first() bool {
	switch it.kind {
	case 'n', 'r':
		return it.value == 1
	case 'a':
		return it.value == 'a'
	}
	return it.value == 'A'
}

// roman returns the value of a lower-case Roman numeral of i, v and x, or 0.
func roman(w string) int {
	total, last := 0, 0
	for i := len(w) - 1; i >= 0; i-- {
		v := 0
		switch w[i] {
		case 'i':
			v = 1
		case 'v':
			v = 5
		case 'x':
			v = 10
		default:
			return 0
		}
		if v < last {
			total -= v
		} else {
			total += v
			last = v
		}
	}
	return total
}

// leadingMarker skips a bullet and a list marker at the start of a
// sentence, so that their periods are not taken for sentence ends, and
// remembers the marker to recognise the next item of the same list.
func (s *Scanner) leadingMarker(i int) int {
	src := s.src
	if i+1 < len(src) && 'A' <= src[i] && src[i] <= 'Z' && isLetterByte(src[i+1]) {
		s.list = listItem{} // the common case: a capitalised word (see parseItem)
		return i
	}
	j, k := i, i
	if isBulletAt(src, j) {
		_, n := utf8.DecodeRuneInString(src[j:])
		j += n
		k = j
		for k < len(src) && (src[k] == ' ' || src[k] == '\t') {
			k++
		}
	}
	it, ok := parseItem(src, k)
	if !ok {
		s.list = listItem{}
		return j
	}
	s.list = it
	return it.end
}

// nextItem reports whether the word at j, after white space from i, is the
// marker of the next item of
// the list the sentence began with ("1. The first item 2. The second").
// German ordinals do not count: "am 2. Spieltag" after "1. FC Köln".
func (s *Scanner) nextItem(i, j int) bool {
	if s.list.kind == 0 {
		return false
	}
	it, ok := parseItem(s.src, j)
	if !ok || !(it.kind == s.list.kind && it.value == s.list.value+1 && it.paren == s.list.paren || it.first()) {
		return false
	}
	if it.kind == 'n' && s.german {
		if prev := s.src[s.wordStart(i):i]; ordinalCue(prev) {
			return false
		}
		k := skipSpace(s.src, it.end)
		if nw := nextWord(s.src, k); months[nw] || ordinalNouns[nw] {
			return false
		}
	}
	return true
}

// startsItem reports whether a lower-case list marker at k may open a
// sentence: the first item of a list, any "x)" item, or the next item.
func (s *Scanner) startsItem(k int) bool {
	it, ok := parseItem(s.src, k)
	if !ok {
		return false
	}
	switch it.kind {
	case 'r':
		return true
	case 'a':
		return it.paren || it.value == 'a' || it.value == 'i' ||
			s.list.kind == 'a' && it.value == s.list.value+1
	}
	return false
}
