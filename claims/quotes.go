package claims

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// maxQuote is the longest stretch, in bytes, that one quotation may cover. A
// longer pair is taken for two unrelated marks, so that one stray quotation
// mark cannot swallow the paragraph after it.
const maxQuote = 4000

// pairQuotes finds the outer double quotations of text: „…“, »…«, “…”, and
// "…". Each span runs from its opening mark to the end of its closing mark.
// A quotation never crosses a line break; an opening mark left open at the
// end of a line, and a closing mark without an opening one, are ignored.
// Single quotes are not quotations here (they nest or are apostrophes).
func pairQuotes(text string, english bool) []Span {
	var out []Span
	open := -1
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			// skip to the first line break, '"' or non-ASCII byte
			w := swarLoad(text, i)
			m := w&swarHigh | swarEq(w, '\n') | swarEq(w, '"')
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		}
		c := text[i]
		if !quoteLead[c] {
			i++
			continue
		}
		if c == '\n' {
			open = -1
			i++
			continue
		}
		if c == '"' {
			switch {
			case open >= 0 && canClose(text, i, 1) && i-open <= maxQuote:
				out = append(out, Span{open, i + 1})
				open = -1
			case canOpen(text, i, 1):
				open = i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '„', '»':
			if open < 0 || i-open > maxQuote {
				open = i
			}
		case '“':
			switch {
			case !english && open >= 0 && i-open <= maxQuote:
				out = append(out, Span{open, i + n})
				open = -1
			case (english || open < 0 || i-open > maxQuote) && canOpen(text, i, n):
				open = i
			}
		case '”', '«':
			if open >= 0 && i-open <= maxQuote {
				out = append(out, Span{open, i + n})
				open = -1
			}
		}
		i += n
	}
	return out
}

// quoteLead marks the bytes that can start a line break or a quotation
// mark: "\n", '"', and the lead bytes of „ “ ” (0xE2) and » « (0xC2).
var quoteLead = [256]bool{'\n': true, '"': true, 0xE2: true, 0xC2: true}

// canOpen reports whether the mark text[i:i+n] may open a quotation: it
// follows the start, a space or an opening bracket, and precedes a
// non-space.
func canOpen(text string, i, n int) bool {
	if i+n >= len(text) || text[i+n] == ' ' || text[i+n] == '\n' {
		return false
	}
	if i == 0 {
		return true
	}
	p := text[i-1]
	return p == ' ' || p == '\n' || p == '(' || p == '[' || p == '\t' || p == '-' || p == '/'
}

// canClose reports whether the mark at i may close a quotation: it does not
// follow a space, and is followed by the end, a space or punctuation.
func canClose(text string, i, n int) bool {
	if i == 0 || text[i-1] == ' ' || text[i-1] == '\n' {
		return false
	}
	if i+n >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+n:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
