package claims

import (
	"strings"
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
	var leads leadCursor
	leads.init(text)
	for i := 0; i < len(text); {
		// jump to the next line break, '"' or lead byte of a quotation
		// mark (they are never inside another character's bytes)
		if i = leads.next(i); i >= len(text) {
			break
		}
		c := text[i]
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

// quoteLeads are the bytes that can start a line break or a quotation
// mark: "\n", '"', and the lead bytes of „ “ ” (0xE2) and » « (0xC2).
var quoteLeads = [4]byte{'\n', '"', 0xE2, 0xC2}

// leadCursor finds the quoteLeads in a text, each with its own
// (vectorised) byte search.
type leadCursor struct {
	text string
	at   [len(quoteLeads)]int // the next offset of each lead byte, len(text) for none
}

func (c *leadCursor) init(text string) {
	c.text = text
	for k := range c.at {
		c.find(k, 0)
	}
}

func (c *leadCursor) find(k, from int) {
	if j := strings.IndexByte(c.text[from:], quoteLeads[k]); j >= 0 {
		c.at[k] = from + j
	} else {
		c.at[k] = len(c.text)
	}
}

// next returns the offset of the first lead byte at or after i, or
// len(text).
func (c *leadCursor) next(i int) int {
	first := len(c.text)
	for k, at := range c.at {
		if at < i {
			c.find(k, i)
			at = c.at[k]
		}
		first = min(first, at)
	}
	return first
}

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
