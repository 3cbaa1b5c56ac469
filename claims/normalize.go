package claims

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// MaxInputSize is the largest input Normalize accepts: 50 MiB. News
// articles are a few kilobytes; anything near this size is not an article.
const MaxInputSize = 50 << 20

// Errors Normalize returns. They may be wrapped with a detail; test with
// errors.Is.
var (
	// ErrEmpty means the input holds no text, or only white space.
	ErrEmpty = errors.New("no text: the input is empty or only white space")
	// ErrBinary means the input is binary data (a PDF, an image, an
	// archive, a program) rather than text.
	ErrBinary = errors.New("not text: the input looks like binary data")
	// ErrTooLarge means the input exceeds MaxInputSize.
	ErrTooLarge = errors.New("input too large: articles are limited to 50 MB")
)

// Normalize turns the raw bytes of an article into factdesk's canonical text,
// the text that claim spans point into:
//
//   - UTF-8. A UTF-8 byte-order mark is dropped. UTF-16 is recognised by its
//     byte-order mark, or without one by NUL bytes in every other position
//     (the high bytes of Latin text). Input that is not valid UTF-8 is read as
//     Windows-1252 (a superset of Latin-1, so "Müller" saved by an old editor
//     comes out right) when its invalid bytes outnumber its valid multi-byte
//     UTF-8 sequences; otherwise it is taken as damaged UTF-8 and each invalid
//     byte becomes U+FFFD.
//   - Lines end in "\n": CRLF, CR, NEL (U+0085), vertical tab, form feed and
//     the Unicode line and paragraph separators all become "\n".
//   - White space at the end of each line is removed, and so are blank lines
//     at the start and end of the text. Indentation is kept. A soft wrap, a
//     line that ends in a word and one blank and goes on with a word on the
//     next ("Andere \nFischsorten", as PDF copies and format=flowed mail
//     write it), is joined to the next line (see softWrap).
//   - Control characters other than tab and newline are removed, NUL
//     included, and so are invisible formatting runes: every U+FEFF (a
//     byte-order mark in the middle is debris from concatenated files), soft
//     hyphens, zero-width spaces and word joiners (see invisibleRune).
//   - Unicode NFC: decomposed umlauts ("u" + U+0308) are composed ("ü").
//
// Normalize is idempotent: Normalize(text) returns text unchanged.
//
// Warnings report the repairs that may change what the text says or that
// rest on a guess (the encoding, invalid bytes, removed control characters);
// routine canonicalisation (byte-order mark, invisible runes, line endings,
// trailing white space, NFC) is silent.
//
// Normalize refuses input larger than MaxInputSize (ErrTooLarge), input with
// no visible text (ErrEmpty), and binary data (ErrBinary): a known file
// signature (PDF, PNG, JPEG, GIF, ZIP and so office documents, gzip, ELF,
// old MS Office, SQLite), a NUL byte in the first 8000 bytes of data that is
// not UTF-16 (the test git uses), or more than one control character in ten.
func Normalize(raw []byte) (text string, warnings []string, err error) {
	switch {
	case len(raw) == 0:
		return "", nil, ErrEmpty
	case len(raw) > MaxInputSize:
		return "", nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, len(raw))
	}
	if kind := binarySignature(raw); kind != "" {
		return "", nil, fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	if isCanonical(raw) {
		return string(raw), nil, nil
	}

	decoded, warnings, err := decode(raw)
	if err != nil {
		return "", nil, err
	}
	cleaned, controls, runes := cleanLines(decoded)
	if controls*10 > runes {
		return "", nil, fmt.Errorf("%w (%d of %d characters are control characters)", ErrBinary, controls, runes)
	}
	if controls > 0 {
		warnings = append(warnings, fmt.Sprintf("removed %d control character(s)", controls))
	}
	text = norm.NFC.String(cleaned)
	if strings.TrimSpace(text) == "" {
		return "", nil, ErrEmpty
	}
	head := strings.TrimLeft(text, " \t\n")
	if kind := binarySignature([]byte(head[:min(len(head), 32)])); kind != "" {
		// a signature that removed control characters uncovered
		return "", nil, fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	return text, warnings, nil
}

// sniffLen is how much of the input the binary and UTF-16 tests look at.
const sniffLen = 8000

// signatures are the leading bytes of binary formats people might open by
// mistake. Text formats with a signature (RTF, XML) are not listed.
var signatures = []struct {
	magic, kind string
}{
	{"%PDF-", "PDF document"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"PK\x03\x04", "ZIP archive or office document"},
	{"\x1f\x8b", "gzip archive"},
	{"\x7fELF", "ELF program"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"},
	{"SQLite format 3\x00", "SQLite database"},
}

// binarySignature names the binary format raw starts with, or returns "".
// Leading white space is skipped so that the answer is the same for a text
// and its normalised form.
func binarySignature(raw []byte) string {
	head := bytes.TrimLeft(raw, " \t\r\n\v\f")
	for _, s := range signatures {
		if bytes.HasPrefix(head, []byte(s.magic)) {
			return s.kind
		}
	}
	return ""
}

// isCanonical reports whether raw already is what Normalize would return:
// valid UTF-8 in NFC without byte-order marks, carriage returns, control
// characters, other line separators, trailing white space or blank lines at
// either end. It lets the common case, a clean UTF-8 file, skip all copying,
// and it is the reason Normalize reads clean text at memory speed.
//
// ASCII is skipped eight bytes at a time. For NFC, the text is cut before
// every rune below U+0300 (ASCII, Latin-1, Latin Extended): those runes
// never combine with what precedes them (TestNFCBoundaryBelow0300 checks),
// so only the stretches holding higher runes, with the rune before them,
// need the Unicode tables.
func isCanonical(raw []byte) bool {
	if raw[0] == '\n' || raw[len(raw)-1] == '\n' || endsInSpace(raw) || len(bytes.TrimSpace(raw)) == 0 {
		return false
	}
	for i := 0; i < len(raw); {
		if i+8 <= len(raw) && printableASCII(binary.LittleEndian.Uint64(raw[i:])) {
			i += 8
			continue
		}
		c := raw[i]
		switch {
		case c >= 0x20 && c < 0x7f || c == '\t':
			i++
		case c == '\n':
			if endsInSpace(raw[:i]) {
				return false
			}
			i++
		case c < utf8.RuneSelf:
			return false
		default:
			end := canonicalRun(raw, i)
			if end < 0 {
				return false
			}
			i = end
		}
	}
	return true
}

// canonicalRun checks the non-ASCII rune at raw[i:] and, if it is U+0300 or
// above, the run of such runes it starts, and returns the index after it, or
// -1 if Normalize would change any of it.
func canonicalRun(raw []byte, i int) int {
	start := i
	for i < len(raw) {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 || dropRune(r) || lineBreakRune(r) {
			return -1
		}
		if r < nfcSafeBelow {
			break
		}
		i += n
	}
	if i == start { // a single rune below U+0300
		_, n := utf8.DecodeRune(raw[i:])
		return i + n
	}
	_, prev := utf8.DecodeLastRune(raw[:start]) // the rune it may combine with
	if !norm.NFC.IsNormal(raw[start-prev : i]) {
		return -1
	}
	return i
}

// nfcSafeBelow is the rune below which every rune is NFC and starts a new
// normalisation segment: U+0300 COMBINING GRAVE ACCENT is the first rune
// that combines with the one before it.
const nfcSafeBelow = 0x300

// printableASCII reports whether all eight bytes packed in x are in
// 0x20..0x7e.
func printableASCII(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - 0x20*ones) &^ x // high bit set in some byte < 0x20
	above := x | (x + ones)       // high bit set in some byte >= 0x7f
	return (below|above)&highs == 0
}

// endsInSpace reports whether b ends in a white-space character other than
// "\n".
func endsInSpace(b []byte) bool {
	r, _ := utf8.DecodeLastRune(b)
	return r != '\n' && unicode.IsSpace(r)
}

// dropRune reports whether Normalize removes r: control characters other
// than tab and the line breaks, and the invisible runes.
func dropRune(r rune) bool {
	switch {
	case r == '\t' || lineBreakRune(r):
		return false
	case r < 0x20 || (r >= 0x7f && r < 0xa0):
		return true
	}
	return invisibleRune(r)
}

// invisibleRune reports whether r is one of the invisible formatting runes
// Normalize removes without a warning: U+FEFF (a byte-order mark), and the
// hints for breaking lines inside words that web pages are full of, U+00AD
// SOFT HYPHEN ("Bundes&shy;regierung"), U+200B ZERO WIDTH SPACE and U+2060
// WORD JOINER. Left in, they split words for search and the extractor.
func invisibleRune(r rune) bool {
	switch r {
	case '\ufeff', '\u00ad', '\u200b', '\u2060':
		return true
	}
	return false
}

// lineBreakRune reports whether Normalize turns r into "\n" (or, for "\r"
// before "\n", drops it).
func lineBreakRune(r rune) bool {
	switch r {
	case '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// decode turns raw into a UTF-8 string, detecting its encoding, with
// warnings for guesses and repairs.
func decode(raw []byte) (string, []string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte("\xff\xfe")):
		return decodeUTF16(raw[2:], false, "UTF-16LE (byte-order mark)")
	case bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return decodeUTF16(raw[2:], true, "UTF-16BE (byte-order mark)")
	default:
		if bigEndian, ok := guessUTF16(raw); ok {
			name := "UTF-16LE (guessed from NUL bytes, no byte-order mark)"
			if bigEndian {
				name = "UTF-16BE (guessed from NUL bytes, no byte-order mark)"
			}
			return decodeUTF16(raw, bigEndian, name)
		}
	}
	if bytes.IndexByte(raw[:min(len(raw), sniffLen)], 0) >= 0 {
		return "", nil, fmt.Errorf("%w (NUL byte in the first %d bytes)", ErrBinary, sniffLen)
	}
	if utf8.Valid(raw) {
		return string(raw), nil, nil
	}
	valid, invalid := countUTF8(raw)
	if invalid > valid {
		return decodeWindows1252(raw)
	}
	return replaceInvalidUTF8(raw), []string{
		fmt.Sprintf("replaced %d invalid UTF-8 byte(s) with U+FFFD", invalid),
	}, nil
}

// replaceInvalidUTF8 returns raw with each byte that is not part of a valid
// UTF-8 sequence replaced by U+FFFD.
func replaceInvalidUTF8(raw []byte) string {
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/4)
	for _, r := range string(raw) {
		b.WriteRune(r)
	}
	return b.String()
}

// guessUTF16 reports whether raw, which has no byte-order mark, looks like
// UTF-16: NUL in more than half of the odd (little-endian) or even
// (big-endian) positions of its start, and rarely in the others. That is how
// Latin text looks in UTF-16; text in other scripts needs a byte-order mark.
func guessUTF16(raw []byte) (bigEndian, ok bool) {
	sample := raw[:min(len(raw), sniffLen)&^1]
	pairs := len(sample) / 2
	if pairs == 0 {
		return false, false
	}
	var even, odd int
	for i := 0; i < len(sample); i += 2 {
		if sample[i] == 0 {
			even++
		}
		if sample[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*2 > pairs && even*10 < odd:
		return false, true
	case even*2 > pairs && odd*10 < even:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 without a byte-order mark. Unpaired surrogates
// and an odd final byte become U+FFFD.
func decodeUTF16(raw []byte, bigEndian bool, name string) (string, []string, error) {
	warnings := []string{"decoded as " + name}
	units := make([]uint16, len(raw)/2)
	for i := range units {
		lo, hi := raw[2*i], raw[2*i+1]
		if bigEndian {
			lo, hi = hi, lo
		}
		units[i] = uint16(lo) | uint16(hi)<<8
	}
	var b strings.Builder
	b.Grow(len(raw))
	bad := 0
	for i := 0; i < len(units); i++ {
		u := rune(units[i])
		switch {
		case !utf16.IsSurrogate(u):
			b.WriteRune(u)
		case i+1 < len(units) && utf16.DecodeRune(u, rune(units[i+1])) != utf8.RuneError:
			b.WriteRune(utf16.DecodeRune(u, rune(units[i+1])))
			i++
		default:
			b.WriteRune(utf8.RuneError)
			bad++
		}
	}
	if len(raw)%2 == 1 {
		b.WriteRune(utf8.RuneError)
		bad++
	}
	if bad > 0 {
		warnings = append(warnings, fmt.Sprintf("replaced %d invalid UTF-16 code unit(s) with U+FFFD", bad))
	}
	return b.String(), warnings, nil
}

// countUTF8 counts the valid multi-byte sequences and the invalid bytes in
// raw.
func countUTF8(raw []byte) (valid, invalid int) {
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return valid, invalid
}

// decodeWindows1252 decodes raw as Windows-1252. The five bytes the code page
// leaves undefined become U+FFFD.
func decodeWindows1252(raw []byte) (string, []string, error) {
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/8)
	bad := 0
	for _, c := range raw {
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			continue
		}
		r := charmap.Windows1252.DecodeByte(c)
		if r == utf8.RuneError {
			bad++
		}
		b.WriteRune(r)
	}
	warnings := []string{"not UTF-8: decoded as Windows-1252 (Latin-1)"}
	if bad > 0 {
		warnings = append(warnings, fmt.Sprintf("replaced %d byte(s) undefined in Windows-1252 with U+FFFD", bad))
	}
	return b.String(), warnings, nil
}

// cleanLines applies the line rules of Normalize to valid UTF-8: line breaks
// become "\n", control characters and U+FEFF are dropped, trailing white
// space and leading and trailing blank lines removed. It returns the number
// of control characters dropped and of characters read.
func cleanLines(s string) (out string, controls, runes int) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f { // printable ASCII: copy the run
			j := i + 1
			for j < len(s) && s[j] >= 0x20 && s[j] < 0x7f {
				j++
			}
			b = append(b, s[i:j]...)
			runes += j - i
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		runes++
		switch {
		case r == '\r' && strings.HasPrefix(s[i:], "\n"):
			// The "\n" that follows ends the line.
		case r == '\n' || lineBreakRune(r):
			if r == '\n' && softWrap(b, s[i:]) {
				continue // the blank before the break stays, the break goes
			}
			b = trimLineEnd(b)
			if len(b) > 0 { // no blank lines at the start
				b = append(b, '\n')
			}
		case invisibleRune(r):
		case dropRune(r):
			controls++
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	b = trimLineEnd(b)
	for len(b) > 0 && b[len(b)-1] == '\n' { // nor blank lines at the end
		b = trimLineEnd(b[:len(b)-1])
	}
	return string(b), controls, runes
}

// trimLineEnd removes white space other than "\n" from the end of b.
// softWrap reports whether the line break between the text so far, b, and
// rest is a soft wrap: the line ends in a letter, digit, comma, semicolon or
// closing bracket and then exactly one blank, and the next line starts with
// a letter or an opening bracket at once. This is how PDF copies and
// format=flowed mail (RFC 3676) mark a line that a program broke, not its
// author: "Andere \nFischsorten". Two blanks (a Markdown line break), a
// period, a hyphen, an indented or bulleted next line or an empty one keep
// the break, and so do the other line breaks than "\n" and "\r\n" (a lone
// "\r", a paragraph separator).
func softWrap(b []byte, rest string) bool {
	n := len(b)
	if n < 2 || b[n-1] != ' ' {
		return false
	}
	last, _ := utf8.DecodeLastRune(b[:n-1])
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) && !strings.ContainsRune(",;)", last) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(next) || next == '('
}

func trimLineEnd(b []byte) []byte {
	for len(b) > 0 && endsInSpace(b) {
		_, n := utf8.DecodeLastRune(b)
		b = b[:len(b)-n]
	}
	return b
}
