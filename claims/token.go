package claims

import (
	"slices"
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
	digitLead  bool   // a number, or a word that starts with a digit: "71-Jährige"
	f          uint32 // lexicon flags of a word, 0 for the other kinds
}

// tally sums up the tokens of a passage.
type tally struct {
	nwords int    // words and numbers
	flags  uint32 // union of the words' lexicon flags
	digits bool   // a number or a word written with a leading digit
}

// count adds t to the tally.
func (s *tally) count(t *token) {
	switch t.kind {
	case tWord:
		s.flags |= t.f
		s.nwords++
		s.digits = s.digits || t.digitLead
	case tNum:
		s.nwords++
		s.digits = true
	}
}

// tokenize refills buf with the tokens of text[start:end], each word with
// its flags in tab (low is text as lowerSameLength returns it), and returns
// it with their tally. Bytes that are not valid UTF-8 count as letters, so
// that damaged text still forms words and offsets stay inside text.
//
// plainTokens takes the white space, punctuation, numbers and plain words
// that make up most of a text; the loop here takes one token of any other
// kind each time plainTokens stops, by the general rules of scanWord and
// wordToken.
func tokenize(buf []token, text, low string, start, end int, english bool, tab *flagTable) ([]token, tally) {
	var sum tally
	// room for a passage's tokens, which are fewer than its bytes, up
	// to a size that any text reaches anyway
	buf = slices.Grow(buf[:0], min(max(end-start, 0), 4096))
	i := start
	for {
		buf, i = plainTokens(buf, &sum, text, low, i, end, english, tab)
		if i >= end {
			return buf, sum
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
			case asciiAlnum[c]:
				j := scanWord(text, i, end)
				buf = appendWord(buf, &sum, text, low, i, j, tab)
				i = j
				continue
			case c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
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
			buf = appendWord(buf, &sum, text, low, i, j, tab)
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
			buf = appendWord(buf, &sum, text, low, i, j, tab)
			i = j
			continue
		default:
			buf = append(buf, token{start: i, end: i + n, kind: tPunct})
		}
		i += n
	}
}

// plainTokens appends to buf, and counts in sum, the tokens from text[i] on
// while they are ASCII white space, ASCII punctuation, the quotation marks
// and dashes outside ASCII, numbers written in digits, or words of up to 16
// bytes that start with an ASCII letter and hold only letters of ASCII and
// Latin-1 (each ending before a byte that does not continue it), and while
// buf has room for them. It returns buf and the offset of the first byte
// it leaves to tokenize: a token of another kind, the end, or the 16th
// byte before the end of text.
//
// It calls nothing, so that its state stays in registers. A word is
// classified from one or two 8-byte loads: its key for tab is its bytes
// in low, and its capitals are the bytes with bit 5 clear, which for
// letters of ASCII and Latin-1 (the lead byte 0xC3 has it clear too) are
// the capitals and ß.
func plainTokens(buf []token, sum *tally, text, low string, i, end int, english bool, tab *flagTable) ([]token, int) {
	const fold = swar.Ones * 0x20 // bit 5 of every byte
	leftDouble := tQuoteClose     // “ closes in German, opens in English
	if english {
		leftDouble = tQuoteOpen
	}
	// each token takes at least a byte: stopping before the byte that
	// would take the last free slot of buf keeps it from growing
	limit := min(end, len(text)-15, len(low)-15, i+cap(buf)-len(buf))
	for i < limit {
		c := text[i]
		k := asciiClass[c]
		if k == clSpace {
			i++
			continue
		}
		if k != clLetter {
			n := len(buf)
			if k < clOther {
				// ASCII punctuation: k is its token kind
				buf = buf[:n+1]
				buf[n] = token{start: i, end: i + 1, kind: tokKind(k)}
				i++
				continue
			}
			if k == clOther {
				// the quotation marks and dashes outside ASCII
				var mark tokKind
				size := 3
				switch {
				case c == 0xE2 && text[i+1] == 0x80 && i+3 <= end:
					switch text[i+2] {
					case 0x9E: // „
						mark = tQuoteOpen
					case 0x9C: // “
						mark = leftDouble
					case 0x9D: // ”
						mark = tQuoteClose
					case 0x93, 0x94: // – —
						mark = tDash
					default:
						return buf, i
					}
				case c == 0xC2 && (text[i+1] == 0xBB || text[i+1] == 0xAB) && i+2 <= end:
					size, mark = 2, tQuoteOpen // »
					if text[i+1] == 0xAB {
						mark = tQuoteClose // «
					}
				default:
					return buf, i
				}
				buf = buf[:n+1]
				buf[n] = token{start: i, end: i + size, kind: mark}
				i += size
				continue
			}
			// a number: digits, joined by "." or "," between digits
			j := i + 1
			for j < end && isDigit(text[j]) {
				j++
			}
			for j+1 < end && (text[j] == '.' || text[j] == ',') && isDigit(text[j+1]) {
				for j += 2; j < end && isDigit(text[j]); j++ {
				}
			}
			if j >= end || !stopsWord[text[j]] && !closingMark(text, j, end) {
				break
			}
			sum.nwords++
			sum.digits = true
			buf = buf[:n+1]
			buf[n] = token{start: i, end: j, kind: tNum, digitLead: true}
			i = j
			continue
		}
		w := swar.Load(text, i)
		j := i + swar.Leading(asciiLetters(w))
		if j == i+8 {
			j += swar.Leading(asciiLetters(swar.Load(text, j)))
		}
		if j >= end {
			break
		}
		latin := false // a letter of Latin-1 in the word
		if !stopsWord[text[j]] {
			for j+1 < end && text[j] == 0xC3 && latin1Letter(text[j+1]) {
				latin = true
				for j += 2; j < end && asciiClass[text[j]] == clLetter; j++ {
				}
			}
			if j >= end || !stopsWord[text[j]] && !closingMark(text, j, end) {
				break
			}
		}
		n := j - i
		if n > 16 {
			break
		}
		mask := byteMask[min(n, 8)]
		var tail uint64
		if n > 8 {
			tail = swar.Load(text, j-8)
		}
		// the key: the word in low, which for ASCII letters is the
		// word with bit 5 set
		key, ktail := (w|fold)&mask, tail|fold
		if n <= 8 {
			ktail = 0
		}
		if latin {
			key = swar.Load(low, i) & mask
			if n > 8 {
				ktail = swar.Load(low, j-8)
			}
		}
		capital := w&0x20 == 0 // the first byte, a letter
		// the test of bit 5 takes in the first byte, so it needs no
		// capital before it, whose branch would mispredict on half the
		// words of German text
		upper := (w&mask|tail)&fold == 0 && n >= 2
		if upper && latin {
			// bit 5 is clear in ß too
			for b := i + 1; b < j; b++ {
				if text[b-1] == 0xC3 && text[b] == 0x9F {
					upper = false
				}
			}
		}
		// tab.short, inlined as two parts
		var f uint32
		if h := hashKey(key, ktail, n); tab.mayHave(h) {
			f = tab.probe(h, key, ktail, n)
		}
		sum.flags |= f
		sum.nwords++
		m := len(buf)
		buf = buf[:m+1]
		buf[m] = token{start: i, end: j, kind: tWord, cap: capital, upper: upper, f: f}
		// past the space that most words end at, without a branch that
		// mispredicts on every word before a mark: b^' '-1 has its top
		// bit set only for b == ' '
		i = j + int((uint(text[j])^' '-1)>>63)
	}
	return buf, i
}

// byteMask[n] keeps the low n bytes of a word.
var byteMask = [9]uint64{0, 1<<8 - 1, 1<<16 - 1, 1<<24 - 1, 1<<32 - 1, 1<<40 - 1, 1<<48 - 1, 1<<56 - 1, 1<<64 - 1}

// asciiLetters sets the high bit of each byte of w that is an ASCII letter,
// up to the first byte that is not: bytes after it may come out wrong.
func asciiLetters(w uint64) uint64 {
	// a carry out of a byte of 0x80 or more, whose own bit is cleared by
	// the &^ w, can only spoil the bytes after it
	y := w | swar.Ones*0x20
	return (y + swar.Ones*(0x80-'a')) &^ (y + swar.Ones*(0x7F-'z')) &^ w & swar.High
}

// closingMark reports whether text[j:end] starts with one of the quotation
// marks and dashes outside ASCII („ “ ” – —) that end a word before them:
// words end at closing quotation marks more often than at other characters
// outside ASCII.
func closingMark(text string, j, end int) bool {
	return j+3 <= end && text[j] == 0xE2 && text[j+1] == 0x80 &&
		(text[j+2] == 0x93 || text[j+2] == 0x94 || text[j+2] >= 0x9C && text[j+2] <= 0x9E)
}

// stopsWord marks the bytes that end a word of ASCII letters: the ASCII
// bytes other than letters, digits and the joiners "-" and "'" ("." and ","
// join digits only).
var stopsWord = func() (t [256]bool) {
	for c := range t {
		t[c] = c < utf8.RuneSelf && !asciiAlnum[c] && c != '-' && c != '\''
	}
	return t
}()

// appendWord appends the word or number text[s:e] to buf, classified by
// wordToken and with its flags from tab, and counts it in sum.
func appendWord(buf []token, sum *tally, text, low string, s, e int, tab *flagTable) []token {
	t := wordToken(text, s, e)
	if t.kind == tWord {
		t.f = tab.get(low, s, e)
	}
	sum.count(&t)
	return append(buf, t)
}

// alnumRun returns the end of the run of ASCII letters and digits that
// starts at i, at most end.
func alnumRun(text string, i, end int) int {
	for i+8 <= len(text) {
		// how many of the next 8 bytes are ASCII letters or digits
		n := swar.Leading(swar.Alnum(swar.Load(text, i)))
		i += n
		if n < 8 || i >= end {
			return min(i, end)
		}
	}
	for i < end && asciiAlnum[text[i]] {
		i++
	}
	return i
}

// The classes of bytes in asciiClass. Any other class is the token kind of
// an ASCII punctuation mark.
const (
	clOther  = 0x80 + iota // a byte outside ASCII: left to tokenize
	clSpace                // white space, skipped
	clLetter               // starts a word
	clDigit                // starts a number
)

// asciiClass classifies bytes for plainTokens.
var asciiClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = clOther
		case c >= '0' && c <= '9':
			t[c] = clDigit
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = clSpace
		case asciiAlnum[c]:
			t[c] = clLetter
		case c == '"':
			t[c] = uint8(tQuoteAmb)
		case c == '-':
			t[c] = uint8(tDash)
		default:
			t[c] = uint8(tPunct)
		}
	}
	return t
}()

func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
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
	for i = alnumRun(text, i, end); i < end; {
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
