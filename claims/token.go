package claims

import (
	"unicode"
	"unicode/utf8"

	"github.com/factdesk/factdesk/claims/internal/swar"
)

// tokKind classifies a token of a passage.
type tokKind uint8

const (
	tWord       tokKind = iota // letters, possibly with digits, inner hyphens and apostrophes
	tNum                       // digits with inner "." or "," separators: 2,4 · 1.000 · 12.5
	tPunct                     // any other single character that is not space
	tQuoteOpen                 // „ » and, in English text, “
	tQuoteClose                // “ « ” and, in English text, ”
	tQuoteAmb                  // the ASCII double quote, opening or closing by context
	tDash                      // – — and a lone "-"
)

// token is one word, number or punctuation mark: a byte range of the text.
type token struct {
	start, end int
	kind       tokKind
	cap        bool   // first rune is an upper-case letter
	upper      bool   // every letter is upper case (and there are at least two)
	digitLead  bool   // a word that starts with a digit: "71-Jährige"
	f          uint32 // lexicon flags of a word, set by passage.prepare
}

// tokenize appends the tokens of text[start:end] to buf and returns it.
// Bytes that are not valid UTF-8 count as letters, so that damaged text still
// forms words and offsets stay inside text.
func tokenize(buf []token, text string, start, end int, english bool) []token {
	text = text[:end]
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				i++
				continue
			case asciiAlnum[c]:
				j := i + 1
				for j < len(text) && asciiAlnum[text[j]] {
					j++
				}
				if j < len(text) && wordJoin[text[j]] {
					j = scanWord(text, j, end)
				}
				if c >= 'a' && c <= 'z' && (j-i <= 5 || text[i+2] != '-' && text[i+3] != '-') {
					// the common case: a lower-case word
					buf = append(buf, token{start: i, end: j, kind: tWord})
				} else {
					buf = append(buf, wordToken(text, i, j))
				}
				i = j
				continue
			case c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			case c == '"':
				buf = append(buf, token{start: i, end: i + 1, kind: tQuoteAmb})
			case c == '-':
				buf = append(buf, token{start: i, end: i + 1, kind: tDash})
			default:
				buf = append(buf, token{start: i, end: i + 1, kind: tPunct})
			}
			i++
			continue
		}
		if c == 0xC3 && i+1 < end && latin1Letter(text[i+1]) {
			j := scanWord(text, i, end)
			buf = append(buf, wordToken(text, i, j))
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '„' || r == '»':
			buf = append(buf, token{start: i, end: i + n, kind: tQuoteOpen})
		case r == '“':
			k := tQuoteClose
			if english {
				k = tQuoteOpen
			}
			buf = append(buf, token{start: i, end: i + n, kind: k})
		case r == '”' || r == '«':
			buf = append(buf, token{start: i, end: i + n, kind: tQuoteClose})
		case r == '–' || r == '—':
			buf = append(buf, token{start: i, end: i + n, kind: tDash})
		case unicode.IsSpace(r):
		case isLetterRune(r, n):
			j := scanWord(text, i, end)
			buf = append(buf, wordToken(text, i, j))
			i = j
			continue
		default:
			buf = append(buf, token{start: i, end: i + n, kind: tPunct})
		}
		i += n
	}
	return buf
}

func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// wordJoin marks the bytes that may continue a word after its ASCII
// letters and digits: joiners ("-", "'", "." and "," between digits) and
// the bytes of other letters.
var wordJoin = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 0x80 || c == '-' || c == '\'' || c == '.' || c == ','
	}
	return t
}()

// latin1Letter reports whether 0xC3 followed by b encodes a letter: À–ÿ
// except × and ÷.
func latin1Letter(b byte) bool { return b >= 0x80 && b <= 0xBF && b != 0x97 && b != 0xB7 }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isLetterRune reports whether a decoded rune continues a word. An invalid
// byte (RuneError of width 1) counts as a letter.
func isLetterRune(r rune, n int) bool {
	if r == utf8.RuneError && n == 1 {
		return true
	}
	if r >= 0x2000 && r <= 0x206F {
		return false // General Punctuation: dashes, quotation marks, spaces
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// alnumAt reports whether a word character starts at text[i] (i < end).
func alnumAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIIAlnum(c)
	}
	r, n := utf8.DecodeRuneInString(text[i:end])
	return isLetterRune(r, n)
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined by single hyphens, apostrophes, and "." or "," between digits. A
// hyphen directly before a space or comma stays with the word, as in
// "Staats- und Regierungschefs".
func scanWord(text string, i, end int) int {
	for i+8 <= end {
		// how many of the next 8 bytes are ASCII letters or digits
		n := swar.Leading(swar.Alnum(swar.Load(text, i)))
		i += n
		if n < 8 {
			break
		}
	}
	for i < end {
		c := text[i]
		if asciiAlnum[c] {
			i++
			continue
		}
		if c == 0xC3 && i+1 < end && latin1Letter(text[i+1]) {
			i += 2 // ä, ö, ü, ß, é …
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == '-':
				if alnumAt(text, i+1, end) {
					i++
					continue
				}
				if i > 0 && !isDigit(text[i-1]) && (i+1 == end || text[i+1] == ' ' || text[i+1] == ',') {
					return i + 1
				}
				return i
			case c == '\'':
				if i > 0 && !isDigit(text[i-1]) && alnumAt(text, i+1, end) {
					i++
					continue
				}
				return i
			case c == '.' || c == ',':
				if i > 0 && isDigit(text[i-1]) && i+1 < end && isDigit(text[i+1]) {
					i++
					continue
				}
				return i
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r == '’' && alnumAt(text, i+n, end) && i > 0 && !isDigit(text[i-1]) {
			i += n
			continue
		}
		if !isLetterRune(r, n) {
			return i
		}
		i += n
	}
	return i
}

// wordToken classifies the word text[s:e].
func wordToken(text string, s, e int) token {
	t := token{start: s, end: e, kind: tWord}
	c := text[s]
	if isDigit(c) {
		t.digitLead = true
		t.kind = tNum
		for i := s + 1; i < e; i++ {
			if b := text[i]; b >= 0x80 || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' {
				t.kind = tWord
				break
			}
		}
		return t
	}
	switch {
	case c >= 'A' && c <= 'Z':
		t.cap = true
	case c == 0xC3 && s+1 < e && latin1Letter(text[s+1]):
		t.cap = text[s+1] < 0x9F // À–Þ: Ä, Ö, Ü …
	case c >= 0x80:
		r, _ := utf8.DecodeRuneInString(text[s:e])
		t.cap = unicode.IsUpper(r)
	}
	if !t.cap && e-s > 5 && c >= 'a' && c <= 'z' {
		// a name with a lower-case particle: "el-Baradei", "al-Sadr"
		for k := s + 2; k <= s+3; k++ {
			if text[k] == '-' && text[k+1] >= 'A' && text[k+1] <= 'Z' {
				t.cap = true
				return t
			}
		}
	}
	if !t.cap || e-s < 2 {
		return t
	}
	// all capitals: "CCTV", "USA"
	t.upper = true
	for i := s + 1; i < e; {
		b := text[i]
		if b < utf8.RuneSelf {
			if b >= 'a' && b <= 'z' {
				t.upper = false
				return t
			}
			i++
			continue
		}
		if b == 0xC3 && i+1 < e && latin1Letter(text[i+1]) {
			if text[i+1] >= 0x9F { // ß, à–ÿ
				t.upper = false
				return t
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:e])
		if unicode.IsLower(r) {
			t.upper = false
			return t
		}
		i += n
	}
	return t
}
