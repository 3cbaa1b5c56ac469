package sentence

import (
	"unicode"
	"unicode/utf8"
)

// Byte classes of the scanner's fast path: most bytes are plain and skipped.
const (
	plain = iota // nothing to decide
	space        // ASCII white space
	stop         // . ! ?
	mark         // ASCII quote, bracket or comma (for the ,, quote)
	lead         // first byte of a multi-byte rune that may matter
)

var byteClass = func() (t [256]uint8) {
	for _, c := range " \t\n\r\v\f" {
		t[c] = space
	}
	for _, c := range ".!?" {
		t[c] = stop
	}
	for _, c := range "\"'`()[]," {
		t[c] = mark
	}
	// U+0080–U+00BF (NBSP, «, »), U+1680, U+2000–U+2BFF (spaces, quotes,
	// dashes, bullets, …), U+3000–U+303F (ideographic space and full stop)
	// and U+FF01–U+FF1F (fullwidth ! . ?).
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3, 0xEF} {
		t[c] = lead
	}
	return t
}()

// wordClass is byteClass with the blank as a plain byte, for the fast path.
var wordClass = func() [256]uint8 {
	t := byteClass
	t[' '] = plain
	return t
}()

// isTerminal reports whether r ends a sentence (besides . ! ?).
func isTerminal(r rune) bool {
	switch r {
	case '…', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return isWideStop(r)
}

// isWideStop reports whether r is a fullwidth or ideographic terminal, which
// ends a sentence even when no space follows.
func isWideStop(r rune) bool {
	return r == '．' || r == '。' || r == '！' || r == '？'
}

// isQuote reports whether r is a non-ASCII quotation mark.
func isQuote(r rune) bool {
	switch r {
	case '„', '“', '”', '‟', '«', '»', '‚', '‘', '’', '‛', '‹', '›':
		return true
	}
	return false
}

// isBullet reports whether r marks a list item.
func isBullet(r rune) bool {
	return r == '•' || r == '⁃' || r == '◦' || r == '▪' || r == '▸' || r == '►'
}

func isBulletAt(src string, i int) bool {
	if i >= len(src) || src[i] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	return isBullet(r)
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetterByte(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// runeAt returns the rune at i, or utf8.RuneError and 0 at the end.
func runeAt(src string, i int) (rune, int) {
	if i >= len(src) {
		return utf8.RuneError, 0
	}
	if c := src[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeAt(src, i)
}

// decodeAt is utf8.DecodeRuneInString(src[i:]) with the runes U+2000 to
// U+203F (E2 80 80 to E2 80 BF: dashes, quotation marks, the ellipsis)
// decoded in place: they are most of the multi-byte runes the scanner
// stops at.
func decodeAt(src string, i int) (rune, int) {
	if i+2 < len(src) && src[i] == 0xE2 && src[i+1] == 0x80 && src[i+2]&0xC0 == 0x80 {
		return 0x2000 | rune(src[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(src[i:])
}

// runeBefore returns the rune ending at i, or utf8.RuneError at the start.
func runeBefore(src string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	if c := src[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(src[:i])
	return r
}

// isSpace is unicode.IsSpace, answered from byteClass for ASCII and with
// the White_Space runes above it spelled out: the quotation marks and
// dashes the scanner asks about most would otherwise go through the range
// tables.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return byteClass[r] == space
	}
	return isWideSpace(r)
}

// isWideSpace is isSpace for runes above ASCII.
func isWideSpace(r rune) bool {
	switch r {
	case '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000':
		return true
	}
	return '\u2000' <= r && r <= '\u200A'
}

// spaceAt reports whether white space starts at i.
func spaceAt(src string, i int) bool {
	if i < len(src) && src[i] < utf8.RuneSelf {
		return byteClass[src[i]] == space
	}
	r, n := runeAt(src, i)
	return n > 0 && isSpace(r)
}

// spaceBefore reports whether white space ends at i.
func spaceBefore(src string, i int) bool {
	if i > 0 && src[i-1] < utf8.RuneSelf {
		return byteClass[src[i-1]] == space
	}
	return i > 0 && isSpace(runeBefore(src, i))
}

// isAlnum reports whether r is a letter or a digit. The General
// Punctuation block (U+2000–U+206F: quotation marks, dashes, spaces), which
// holds neither, is answered without the range tables.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnumByte(byte(r))
	}
	if '\u2000' <= r && r <= '\u206F' {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isAlnumByte reports whether the ASCII byte c is a letter or a digit.
func isAlnumByte(c byte) bool { return isLetterByte(c) || isDigit(c) }

// trimWord strips a word of the punctuation around it: "(3)" → "3",
// "„Zeit" → "Zeit", "N°" → "N".
func trimWord(w string) string {
	for len(w) > 0 {
		if c := w[0]; c < utf8.RuneSelf {
			if isAlnumByte(c) {
				break
			}
			w = w[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		if isAlnum(r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		if c := w[len(w)-1]; c < utf8.RuneSelf {
			if isAlnumByte(c) {
				break
			}
			w = w[:len(w)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(w)
		if isAlnum(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// lower appends w in lower case to buf, folding ASCII and the Latin-1
// capitals (Ä, Ö, Ü, ...), which is all the lexicons need.
func lower(buf []byte, w string) []byte {
	for i := range len(w) {
		buf = append(buf, lowerByte(w, i))
	}
	return buf
}

// lowerByte returns the byte at i of w in lower case (see lower): an ASCII
// capital, or the second byte of a Latin-1 capital (Ä is C3 84, ä C3 A4;
// C3 97 is ×).
func lowerByte(w string, i int) byte {
	c := w[i]
	if 'A' <= c && c <= 'Z' || 0x80 <= c && c <= 0x9E && c != 0x97 && i > 0 && w[i-1] == 0xC3 {
		c += 0x20
	}
	return c
}

// nextWord returns the letters of the word at i, after one opening quote or
// bracket, up to the first character that is not a letter ("I'm" → "I"),
// and at most maxWord bytes of them.
func nextWord(src string, i int) string {
	if r, n := runeAt(src, i); n > 0 && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		i += n
	}
	return src[i:letterEnd(src, i, maxWord)]
}

// letterEnd returns the end of the run of letters at i, looking at fewer
// than limit bytes.
func letterEnd(src string, i, limit int) int {
	j := i
	for j < len(src) && j-i < limit {
		if c := src[j]; c < utf8.RuneSelf {
			if !isLetterByte(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return j
}

func isNumber(w string) bool {
	if w == "" || !isDigit(w[0]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isDigit(c) && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

func isRoman(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}
