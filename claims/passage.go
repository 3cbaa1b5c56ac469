package claims

import "strings"

// passage is one unit of extraction: a sentence, or several sentences that
// one quotation runs across, with its tokens.
type passage struct {
	x          *extractor
	text, low  string // x.text and x.low, one load nearer: w, lw and is run millions of times
	en         bool   // x.lang is "en" (else "de"), asked as often
	start, end int
	toks       []token
	inQuote    []bool // per token: inside a quotation (marks included)
	used       []bool // per token: already part of an age claim
	nwords     int    // words and numbers
	flags      uint32 // union of the words' lexicon flags
	quotes     []Span // the quotations inside the passage
	digits     bool   // a number or a word written with a leading digit
	relSpans   []span // the relative clauses with claims of their own
	stated     string // the statement of the passage's attribution, if any (see tradeText)
}

// prepare tokenizes text[start:end] into the passage and marks the tokens
// that lie inside quotations.
func (p *passage) prepare(start, end int) {
	x := p.x
	p.start, p.end = start, end
	toks, sum := tokenize(p.toks, x.text, x.low, start, end, x.lang == "en", &x.lex.table)
	keep(&p.toks, toks)
	p.nwords, p.flags, p.digits = sum.nwords, sum.flags, sum.digits
	resize(&p.inQuote, len(p.toks))
	resize(&p.used, len(p.toks))
	qs := p.quotes[:0] // refilled in place: keep stores only its length back
	// passages come in text order: the first quotation that ends after
	// this one's start is at or after the previous passage's
	for x.qprep < len(x.quotes) && x.quotes[x.qprep].End <= p.start {
		x.qprep++
	}
	for q := x.qprep; q < len(x.quotes) && x.quotes[q].Start < p.end; q++ {
		if x.quotes[q].End <= p.start || x.quotes[q].Start < p.start || x.quotes[q].End > p.end {
			continue
		}
		qs = append(qs, x.quotes[q])
	}
	keep(&p.quotes, qs)
	// resize cleared inQuote; the quotations are in text order and do not
	// overlap, as the tokens are: a token is inside the quotation that it
	// starts in, if it ends there too
	k := 0
	for _, q := range p.quotes {
		for k = firstFrom(p.toks, k, q.Start); k < len(p.toks) && p.toks[k].start < q.End; k++ {
			p.inQuote[k] = p.toks[k].end <= q.End
		}
	}
}

// firstFrom returns the index of the first token at or after index k that
// starts at or after off, or len(toks), by binary search.
func firstFrom(toks []token, k, off int) int {
	hi := len(toks)
	for k < hi {
		m := int(uint(k+hi) >> 1)
		if toks[m].start < off {
			k = m + 1
		} else {
			hi = m
		}
	}
	return k
}

// resize makes *b n cleared flags long, reusing its array when it can.
func resize(b *[]bool, n int) {
	if cap(*b) < n {
		*b = make([]bool, n, 2*n)
		return
	}
	*b = (*b)[:n]
	clear(*b)
}

// has reports whether token i is a word with any of the flags f.
//
// These helpers test 0 <= i < len(p.toks) as one unsigned comparison,
// which also spares the bounds check: they run millions of times per
// megabyte of text.
func (p *passage) has(i int, f uint32) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].f&f != 0
}

// w returns the text of token i; lw its lower-case form.
func (p *passage) w(i int) string  { return p.text[p.toks[i].start:p.toks[i].end] }
func (p *passage) lw(i int) string { return p.low[p.toks[i].start:p.toks[i].end] }

// is reports whether token i is the single character c.
func (p *passage) is(i int, c byte) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].end-p.toks[i].start == 1 && p.text[p.toks[i].start] == c
}

// mark returns the character of token i when it is one byte long (a
// punctuation mark), else 0: one look where a chain of is would take one
// per mark.
func (p *passage) mark(i int) byte {
	if uint(i) >= uint(len(p.toks)) || p.toks[i].end-p.toks[i].start != 1 {
		return 0
	}
	return p.text[p.toks[i].start]
}

// isWord reports whether token i is a word (letters, no leading digit).
func (p *passage) isWord(i int) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].kind == tWord && !p.toks[i].digitLead
}

// isQuote reports whether token i is a quotation mark.
func (p *passage) isQuote(i int) bool {
	if uint(i) >= uint(len(p.toks)) {
		return false
	}
	k := p.toks[i].kind
	return k == tQuoteOpen || k == tQuoteClose || k == tQuoteAmb
}

// boundary reports whether token i ends a clause: a comma, colon, semicolon,
// dash, full stop or quotation mark.
func (p *passage) boundary(i int) bool {
	if uint(i) >= uint(len(p.toks)) {
		return true
	}
	t := p.toks[i]
	switch t.kind {
	case tDash, tQuoteOpen, tQuoteClose, tQuoteAmb:
		return true
	case tPunct:
		c := p.text[t.start]
		return c == ',' || c == ':' || c == ';' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')'
	}
	return false
}

// words counts the words and numbers of the passage.
func (p *passage) words() int { return p.nwords }

// lastMark returns the final punctuation mark of the passage, looking past
// closing quotation marks and brackets, or 0 when it ends in a word.
func (p *passage) lastMark() byte {
	for i := len(p.toks) - 1; i >= 0; i-- {
		t := p.toks[i]
		switch t.kind {
		case tQuoteClose, tQuoteAmb:
			continue
		case tPunct:
			c := p.text[t.start]
			if c == ')' || c == '\'' {
				continue
			}
			return c
		}
		return 0
	}
	return 0
}

// quoted reports whether the whole passage is one quotation.
func (p *passage) quoted() bool {
	return len(p.quotes) == 1 && p.quotes[0].Start == p.start &&
		strings.TrimRight(p.text[p.quotes[0].End:p.end], ".!?:; ") == ""
}

// hasFinite reports whether the passage holds a known finite verb.
func (p *passage) hasFinite() bool {
	for i := range p.toks {
		if p.has(i, fFinite|fSubj|fCue) {
			return true
		}
	}
	return false
}

// hasDigit reports whether the passage holds a number written in digits.
func (p *passage) hasDigit() bool { return p.digits }

// hasName reports whether a capitalised word that is not a determiner
// appears at token from or later.
func (p *passage) hasName(from int) bool {
	for i := from; i < len(p.toks); i++ {
		if p.toks[i].cap && !p.has(i, fDet) {
			return true
		}
	}
	return false
}

// firstOutside returns the first token index at or after from, outside
// quotations, whose lower-case form is one of ws, or -1.
func (p *passage) firstOutside(from int, ws ...string) int {
	for i := max(from, 0); i < len(p.toks); i++ {
		if p.inQuote[i] || p.toks[i].kind != tWord {
			continue
		}
		lw := p.lw(i)
		for _, w := range ws {
			if lw == w {
				return i
			}
		}
	}
	return -1
}

// textOf returns the text from the start of token a to the end of token b-1.
func (p *passage) textOf(a, b int) string {
	if a >= b || a < 0 || b > len(p.toks) {
		return ""
	}
	return p.text[p.toks[a].start:p.toks[b-1].end]
}

// adjective reports whether a lower-case word looks like an inflected
// adjective that may stand inside a noun phrase.
func (p *passage) adjective(i int) bool {
	if !p.isWord(i) || p.toks[i].cap {
		return false
	}
	if p.en || p.has(i, fPrep|fConj|fFinite|fSubj|fCue) {
		return false
	}
	t := p.toks[i]
	if t.end-t.start <= 3 {
		return false
	}
	// -e, -en, -er, -es, -em
	last, prev := p.low[t.end-1], p.low[t.end-2]
	return last == 'e' || prev == 'e' && (last == 'n' || last == 'r' || last == 's' || last == 'm')
}
