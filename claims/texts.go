package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// maxTextChunk is the size of the chunks claim texts are built in.
const maxTextChunk = 64 << 10

// cat returns the concatenation of parts. Claim texts are built in large
// shared chunks rather than allocated one by one; a chunk is never written
// again where it has handed out a string.
func (x *extractor) cat(parts ...string) string {
	n := 0
	for _, s := range parts {
		n += len(s)
	}
	if n == 0 {
		return ""
	}
	x.reserve(n)
	b := x.chunk // appended to in place: keep stores only its length back
	start := len(b)
	for _, s := range parts {
		b = append(b, s...)
	}
	keep(&x.chunk, b)
	return unsafe.String(&b[start], n)
}

// reserve makes room for n more bytes in the current chunk.
func (x *extractor) reserve(n int) {
	if cap(x.chunk)-len(x.chunk) >= n {
		return
	}
	size := min(maxTextChunk, len(x.text)/4+256)
	x.chunk = make([]byte, 0, max(n, size))
}

// joinText joins the non-empty pieces, trimmed, with single spaces, but no
// space before a piece that starts with a comma or a full stop.
func (x *extractor) joinText(parts ...string) string {
	n := 0
	for _, s := range parts {
		n += len(s) + 1
	}
	x.reserve(n)
	b := x.chunk
	start := len(b)
	for _, s := range parts {
		s = trimSpace(s)
		if s == "" {
			continue
		}
		if len(b) > start && s[0] != ',' && s[0] != '.' {
			b = append(b, ' ')
		}
		b = append(b, s...)
	}
	keep(&x.chunk, b)
	if len(b) == start {
		return ""
	}
	return unsafe.String(&b[start], len(b)-start)
}

// trimSpace is strings.TrimSpace, with the common case inline: a piece that
// starts and ends with a printable ASCII character has no white space to
// trim (Unicode's other spaces are not ASCII).
func trimSpace(s string) string {
	if len(s) > 0 && s[0] > ' ' && s[0] < utf8.RuneSelf && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimSpace(s)
}

// trimMarks returns s without the trailing bytes that are among the ASCII
// marks: strings.TrimRight for an ASCII cut set, without building a set.
func trimMarks(s, marks string) string {
	for len(s) > 0 && strings.IndexByte(marks, s[len(s)-1]) >= 0 {
		s = s[:len(s)-1]
	}
	return s
}

// upperFirst upper-cases the first letter of s.
func (x *extractor) upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	x.reserve(len(s) + utf8.UTFMax)
	b := x.chunk
	start := len(b)
	b = utf8.AppendRune(b, unicode.ToUpper(r))
	b = append(b, s[n:]...)
	keep(&x.chunk, b)
	return unsafe.String(&b[start], len(b)-start)
}

// joinWith joins parts with sep between them.
func (x *extractor) joinWith(parts []string, sep string) string {
	n := len(sep) * (len(parts) - 1)
	for _, s := range parts {
		n += len(s)
	}
	x.reserve(n)
	b := x.chunk
	start := len(b)
	for i, s := range parts {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, s...)
	}
	keep(&x.chunk, b)
	return unsafe.String(&b[start], n)
}
