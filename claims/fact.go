package claims

import "strings"

// maxPassageTokens bounds the passages that get the full analysis. A longer
// "sentence" is a run of text without punctuation (a table, a list, a
// broken paste): it still yields ages, numbers and a fact, but no
// attribution, so that the work per passage stays linear in its length.
const maxPassageTokens = 600

// claims extracts every claim of one passage that was not skipped.
func (x *extractor) claims(p *passage) {
	p.learnPeople()
	ages := p.ages()
	if len(p.toks) > maxPassageTokens {
		keep(&x.quant, p.quantities(x.quant[:0]))
		if len(x.quant) > 0 {
			p.addNumber(x.quant[0], p.start, p.end, p.plainText())
		} else {
			x.add(&Found{Kind: KindFact, Start: p.start, End: p.end, Text: p.plainText(), Score: 0.2})
		}
		return
	}
	p.stated = ""
	cueAt := p.attribution()
	if n := p.npRight(0); !n.empty() && !n.pp && !p.has(n.a, fPron) && !timeNoun(p.lw(n.b-1)) {
		// (a time is no subject: "(Vor) einigen Monaten" would speak next)
		x.lastSubject = p.speaker(n, false)
		if x.lastSpeaker != "" && cueAt < 0 {
			// only taking the floor from a speaker, in a sentence that
			// is no attribution itself, matters (see newSubject)
			x.subj = p.subjectOf(n)
		}
	}
	keep(&x.quant, p.quantities(x.quant[:0]))
	// a trade fact is a claim of its own, also when a source vouches for
	// it: "Laut … stiegen die Exporte nach Norwegen auf 1,4 Milliarden Euro"
	covered := p.trade(x.quant) || cueAt >= 0
	// relative clauses before an attribution's cue, or in a plain sentence,
	// are claims of their own: "…, das etwa eine Stunde dauerte, …".
	limit := len(p.toks)
	if cueAt >= 0 {
		limit = cueAt
	}
	relative := p.relativeClaims(limit, covered)
	if covered {
		return
	}
	for _, q := range x.quant {
		if !inSpans(relative, q.a) {
			p.addNumber(q, p.start, p.end, p.plainText())
			covered = true
			break
		}
	}
	if covered || ages > 0 && p.onlyAges() {
		return
	}
	x.add(&Found{Kind: KindFact, Start: p.start, End: p.end, Text: p.plainText(), Score: p.factScore()})
}

// addNumber adds a number claim for quantity q over [start, end).
func (p *passage) addNumber(q quantity, start, end int, text string) {
	score := 0.7
	if q.money {
		score = 0.8
	}
	unit := q.unit
	if q.date {
		score = 0.6
	}
	p.x.add(&Found{Kind: KindNumber, Start: start, End: end, Text: text, Value: q.value, Unit: unit, Score: score})
}

// onlyAges reports whether the passage says nothing but the ages it gives.
func (p *passage) onlyAges() bool {
	return p.words() <= 6
}

// plainText returns the passage as a claim text: ages in brackets after a
// name are dropped ("Wladimir Putin (71)" → "Wladimir Putin"), as they are
// claims of their own, and a leading pronoun becomes the name it stands for.
func (p *passage) plainText() string {
	if !p.hasUsed() && !(len(p.toks) > 1 && p.has(0, fPron)) {
		return p.text[p.start:p.end] // nothing to change: no copy
	}
	var b strings.Builder
	last := p.start
	for i := range p.toks {
		if p.used[i] && p.toks[i].kind == tNum && p.is(i-1, '(') && p.is(i+1, ')') {
			cut := p.toks[i-1].start
			for cut > last && p.text[cut-1] == ' ' {
				cut--
			}
			b.WriteString(p.text[last:cut])
			last = p.toks[i+1].end
		}
	}
	b.WriteString(p.text[last:p.end])
	s := b.String()
	if len(p.toks) > 1 && p.isWord(0) && p.has(0, fPron) && p.lw(0) != "es" && p.lw(0) != "it" && p.lw(0) != "man" {
		if name := p.x.lastPerson(); name != "" {
			s = name + s[p.toks[0].end-p.start:]
		}
	}
	return s
}

// hasUsed reports whether an age claim used any token of the passage.
func (p *passage) hasUsed() bool {
	if !p.digits {
		return false // only numbers are used
	}
	for _, u := range p.used {
		if u {
			return true
		}
	}
	return false
}

// factScore rates how much a reviewer should care about a plain fact: named
// people and places and concrete times raise it, vague background lowers it.
func (p *passage) factScore() float64 {
	score := 0.4
	if p.namesKnown() {
		score += 0.15
	}
	if p.hasDigit() {
		score += 0.1
	}
	if p.words() < 6 {
		score -= 0.15
	}
	return score
}

// namesKnown reports whether a capitalised word after the first, not a
// determiner, is a word of a name the article gave: the first such word
// decides.
func (p *passage) namesKnown() bool {
	for i := 1; i < len(p.toks); i++ {
		if p.toks[i].cap && !p.has(i, fDet) {
			if _, ok := p.x.personByPart(p.w(i)); ok {
				return true
			}
		}
	}
	return false
}

// relativeClaims adds a claim for each relative clause that ends before
// token limit and holds a quantity, or any checkable content when the
// passage is already covered by another claim. It returns the token ranges
// of those clauses, in a buffer reused from passage to passage.
func (p *passage) relativeClaims(limit int, covered bool) []span {
	spans := p.relSpans[:0]
	if !p.hasFlag(fRel) {
		limit = 0 // no relative pronoun, no relative clause
	}
	for i := 1; i+1 < limit; i++ {
		if p.toks[i].f&fRel == 0 || !p.is(i-1, ',') || p.inQuote[i] || !p.isWord(i) || p.toks[i].cap || p.has(i+1, fFinite|fSubj) {
			continue // ", das sind …" is a main clause
		}
		noun := i - 2
		if noun < 0 || !p.isWord(noun) || !p.toks[noun].cap {
			continue
		}
		end := i + 1
		for end < limit && !(p.boundary(end) && !p.inQuote[end]) {
			end++
		}
		if end >= limit && end < len(p.toks) {
			continue
		}
		spans = append(spans, span{i, end})
		p.relativeClause(noun, i, end, covered)
		i = end
	}
	keep(&p.relSpans, spans)
	return spans
}

// span is a range of tokens [a, b).
type span struct{ a, b int }

// inSpans reports whether token k lies in one of spans.
func inSpans(spans []span, k int) bool {
	for _, s := range spans {
		if k >= s.a && k < s.b {
			return true
		}
	}
	return false
}

// relativeClause adds the claims of the relative clause [rel, end) about the
// noun at token noun, one per part joined by "und".
func (p *passage) relativeClause(noun, rel, end int, covered bool) {
	from := rel + 1
	for k := rel + 1; k <= end; k++ {
		if k < end && !(p.isWord(k) && (p.lw(k) == "und" || p.lw(k) == "and") && p.isWord(k-1) && !p.toks[k-1].cap && k-1 > from) {
			continue
		}
		p.relativePart(noun, rel, from, k, covered)
		from = k + 1
	}
}

// relativePart adds the claim of one part [a, b) of a relative clause.
func (p *passage) relativePart(noun, rel, a, b int, covered bool) {
	if a >= b {
		return
	}
	var q *quantity
	for k := range p.x.quant {
		if p.x.quant[k].a >= a && p.x.quant[k].b <= b {
			q = &p.x.quant[k]
			break
		}
	}
	if q == nil && !covered {
		return
	}
	text := p.relativeText(noun, rel, a, b)
	start, end := p.toks[a].start, p.toks[b-1].end
	if a == rel+1 {
		start = p.toks[rel].start
	}
	if q != nil {
		p.addNumber(*q, start, end, text)
		return
	}
	p.x.add(&Found{Kind: KindFact, Start: start, End: end, Text: text, Score: 0.4})
}

// separablePrefixes are verb particles written together with a verb at the
// end of a subordinate clause: "stattfand" is "fand … statt".
var separablePrefixes = []string{"statt", "teil", "fest", "zurück", "zusammen", "bekannt", "dar", "nach", "ab", "an", "auf", "aus", "ein", "mit", "vor", "zu", "bei", "los", "hin", "her", "weg", "fort"}

// relativeText rewrites a relative clause part as a main clause: ", das etwa
// eine Stunde dauerte" after "Gesprächs" gives "Das Gespräch dauerte etwa
// eine Stunde."
func (p *passage) relativeText(noun, rel, a, b int) string {
	fallback := p.x.cat(p.x.upperFirst(p.textOf(a, b)), ".")
	lw := p.lw(rel)
	if p.en || (lw != "der" && lw != "die" && lw != "das") {
		return fallback
	}
	v := b - 1
	if v <= a || !p.isWord(v) || p.toks[v].cap {
		return fallback
	}
	n := p.w(noun)
	d := noun - 1
	for d > 0 && d > noun-5 && (p.isQuote(d) || p.adjective(d)) {
		d--
	}
	if d >= 0 && p.isWord(d) && (p.lw(d) == "des" || p.lw(d) == "eines") {
		n = genitiveBase(n)
	}
	verb, particle := p.splitSeparable(p.lw(v))
	return p.x.cat(p.x.joinText(p.x.upperFirst(lw), n, verb, p.textOf(a, v), particle), ".")
}

// splitSeparable splits a finite verb with a joined particle: "stattfand"
// gives "fand", "statt", "darstellen" gives "stellen", "dar"; other verbs
// come back whole. The rest must be a known verb form, so "einigen" or
// "beinhalten" stay whole.
func (p *passage) splitSeparable(v string) (string, string) {
	if len(v) < 5 {
		return v, "" // "sei", "habe", "wird": a particle and three letters at least
	}
	for _, pre := range separablePrefixes {
		rest, ok := strings.CutPrefix(v, pre)
		if !ok || len(rest) < 3 {
			continue
		}
		if _, cue := p.x.lex.cues[rest]; cue || p.x.lex.finite.has(rest) || verbForms.has(rest) {
			return rest, pre
		}
	}
	return v, ""
}

// verbForms are common forms of verbs that take a particle, present and
// past, for splitting separable verbs.
var verbForms = words(`stellen stellt stelle liegen liegt liege nehmen nimmt nehme geben gibt gebe
	gehen geht gehe kommen kommt komme stehen steht stehe weisen weist halten hält halte treten tritt
	ziehen zieht fallen fällt steigen steigt sehen sieht setzen setzt legen legt führen führt teilen
	teilt rufen ruft sprechen spricht reichen reicht stimmen stimmt bringen bringt schließen schließt
	fand fanden kam kamen nahm nahmen gab gaben ging gingen stand standen lag lagen
	hielt hielten traf trafen fiel fielen stieg stiegen sank sanken brach brachen schloss schlossen
	trat traten zog zogen wies wiesen rief riefen sah sahen ließ ließen blieb blieben lief liefen
	fuhr fuhren flog flogen setzte setzten stellte stellten legte legten führte führten teilte
	teilten lud luden sprach sprachen`)
