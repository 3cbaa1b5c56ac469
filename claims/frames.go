package claims

import (
	"slices"
	"strings"
)

// This file holds the attribution frames that German news builds around a
// reporting verb with a separable particle or with the verb last, and the
// frame that points back at the sentence before. They are checked only
// when a reporting verb has been found, so that a sentence without one
// pays nothing for them.

// bekanntBefore reports "bekannt" written apart before a form of "geben"
// that ends its clause: "Wie die Stadt bekannt gab, …".
func (p *passage) bekanntBefore(i int, v cueVerb) bool {
	return p.isWord(i-1) && p.lw(i-1) == "bekannt" && !p.inQuote[i-1] && p.boundary(i+1) &&
		strings.Contains(v.particle, "bekannt")
}

// trailingFrame reports a reporting verb at token i in a frame that ends the
// passage after its statement: the verb, its subject and the particle at
// token pk ("…, teilte die Deutsche Bahn mit."), or a clause with "wie"
// ("…, wie die Stadt mitteilte."). A sentence that opens with a
// conjunction ("Nachdem …, gab der Trainer seinen Rücktritt bekannt")
// reports an act, and so does a verb whose next phrase is an object
// ("…, kündigte aber keine neuen Projekte an"): it shares the subject of
// the clause before.
func (p *passage) trailingFrame(i, pk int) bool {
	n := len(p.toks)
	last := max(i, pk)
	if p.en || i < 2 || p.has(0, fConj) || !(last+1 == n || last+2 == n && p.is(last+1, '.')) {
		return false
	}
	if pk > i {
		s := p.npRight(i + 1)
		if !p.is(i-1, ',') || s.pp || s.b > pk || s.empty() && !p.has(i+1, fDet) || p.oblique(s.a) {
			return false
		}
		for k := i + 1; k < pk; k++ {
			if e := p.appositionEnd(k); e > k {
				k = e // "…, teilte die Chefin, Eva Roth, mit."
				continue
			}
			if c := p.mark(k); p.inQuote[k] || c == ',' || c == ':' || c == ';' || p.isWord(k) && p.lw(k) == "nicht" {
				return false // "…, gab die Flugsicherung nicht bekannt"
			}
		}
		return true
	}
	for k := i - 1; k > 1 && k >= i-15; k-- {
		if c := p.mark(k); p.inQuote[k] || c == '.' || c == ':' || c == ';' {
			return false
		}
		if p.isWord(k) && p.lw(k) == "wie" {
			return p.is(k-1, ',') && k+1 < i
		}
	}
	return false
}

// englishFrameStart returns where the frame of an English reporting verb
// at token i starts when the frame follows its statement, or -1: "…, the
// department said on Friday.", "…, officials said.", "…, said Jane Foley,
// senior strategist at Rabobank." Between the comma (or the closing
// quotation mark) and the verb stand at most five words, the subject;
// after the verb only a short tail with no clause of its own.
func (p *passage) englishFrameStart(i int) int {
	if !p.en || i < 3 {
		return -1
	}
	c := i - 1
	for c > 0 && i-c <= 6 && p.isWord(c) && !p.inQuote[c] {
		c--
	}
	if c < 2 || !p.is(c, ',') && !p.isQuote(c) {
		return -1
	}
	n := p.endWords()
	if n-i > 12 {
		return -1
	}
	for k := i + 1; k < n; k++ {
		if m := p.mark(k); m == ':' || m == ';' || p.inQuote[k] || p.isWord(k) && p.lw(k) == "that" {
			return -1
		}
	}
	// with the subject before the verb, the tail says when or where: "said
	// on Friday", not "added 150,000 jobs in March"
	if c == i-1 || i+1 >= n || p.has(i+1, fPrep|fAdv) || weekdays.has(p.lw(i+1)) ||
		p.afterAddressee(i, i+1) > i+1 { // "…,” Juanma Moreno told local radio."
		return c + 1
	}
	return -1
}

// weekdays end an English frame: "…, the ministry said Tuesday."
var weekdays = words(`monday tuesday wednesday thursday friday saturday sunday`)

// dateline returns the index of the first token after a dateline that
// opens the passage, "WASHINGTON (Reuters) -" or "Berlin (dpa) –": one to
// three capitalised words, an agency in parentheses or a first word in
// capitals, and a dash. It returns 0 when there is none.
func (p *passage) dateline() int {
	k := 0
	for k < len(p.toks) && k < 3 && p.isWord(k) && p.toks[k].cap {
		k++
	}
	if k == 0 {
		return 0
	}
	agency := false
	if p.is(k, '(') && p.isWord(k+1) && p.is(k+2, ')') {
		agency = true
		k += 3
	}
	if w := p.w(0); !agency && (len(w) < 3 || strings.ToUpper(w) != w) {
		return 0
	}
	if k+1 < len(p.toks) && (p.toks[k].kind == tDash || p.is(k, '-')) {
		return k + 1
	}
	return 0
}

// oblique reports a determiner at token k that marks an object rather than
// a subject: "den", "einen", "seinem", any form of "kein".
func (p *passage) oblique(k int) bool {
	if !p.has(k, fDet) {
		return strings.HasPrefix(p.lw(k), "kein")
	}
	lw := p.lw(k)
	return strings.HasSuffix(lw, "en") || strings.HasSuffix(lw, "em")
}

// backCues are the reporting verbs that, right after "Dies" or "Das", pass
// on the sentence before: "Dies bestätigte der Verein am Montag." Verbs
// that judge it ("Dies kritisierte der Kanzler") report a reaction to an
// act, not a statement, and are not listed.
var backCues = words(`bestätigte bestätigten bestätigt bestätigen berichtete berichteten
	berichtet berichten meldete meldeten meldet melden erklärte erklärten erklärt sagte
	sagten sagt teilte teilten teilt gab gaben gibt verkündete verkündeten verkündet
	schrieb schrieben schreibt kündigte kündigten kündigt`)

// backReference reports a passage that is only a frame pointing back: "Dies"
// or "Das", a reporting verb at token i = 1, its subject and adverbials, a
// particle. The statement is the previous passage, which must have a plain
// claim to take over (see prevClaim).
func (p *passage) backReference(i, pk int) bool {
	if !p.pointsBack(i) || !backCues.has(p.lw(i)) {
		return false
	}
	if s := p.npRight(i + 1); s.empty() || s.pp || pk >= 0 && s.b > pk {
		return false
	}
	return p.x.prevClaim() >= 0
}

// pointsBack reports a German passage without quotations that ends with a
// full stop and opens with "Dies", "Das" or "Dieses" before the verb at
// token i = 1: the shape of a frame that points back at the passage before.
func (p *passage) pointsBack(i int) bool {
	if p.en || i != 1 || !p.toks[0].cap || len(p.quotes) > 0 || p.lastMark() != '.' {
		return false
	}
	lw := p.lw(0)
	return lw == "dies" || lw == "das" || lw == "dieses"
}

// documentCue reads a form of "hervorgehen" at token c.a, which names the
// document a statement comes from after "aus", as a cue: "Dies geht aus
// einem Bericht des Senders hervor." (a back reference, see
// backReference), "Aus dem Bericht geht hervor, dass …" and "Wie aus dem
// Bericht hervorgeht, …" or "…, wie aus dem Bericht hervorgeht." The
// phrase after "aus" is kept in c.src. Any other use of the verb tells
// where something came from, not what was said ("Als Sieger ging die
// Partei aus der Wahl hervor"), and is no cue.
func (p *passage) documentCue(c cue) (cue, bool) {
	i, aus, end := c.a, -1, c.a // the phrase after "aus" ends before end
	switch {
	case c.verb.particle == "":
		// the verb last: "wie aus dem Bericht hervorgeht"
		if w := p.wieBefore(i); w >= 0 && p.isWord(w+1) && p.lw(w+1) == "aus" {
			aus = w + 1
		}
	case p.pointsBack(i) && p.isWord(i+1) && p.lw(i+1) == "aus" && p.x.prevClaim() >= 0:
		aus, end, c.kind = i+1, c.part, cueBack
	case i >= 2 && p.isWord(0) && p.lw(0) == "aus" && p.reports(i):
		aus = 0 // "Aus dem Bericht geht hervor, dass …"
	}
	if aus < 0 {
		return c, false
	}
	c.src = p.npRight(aus + 1)
	if c.src.empty() || c.src.b > end {
		return c, false
	}
	c.src.a = aus
	if c.kind != cueBack {
		c.kind = cueDocument
	}
	return c, true
}

// prevClaim returns the index of the plain claim (a fact or a number) of the
// previous unit, the longest when there are several, or -1 when that unit
// has none or holds an attribution already.
func (x *extractor) prevClaim() int {
	best := -1
	for k := x.prevFirst; k < x.curFirst && k < len(x.out.Claims); k++ {
		c := &x.out.Claims[k]
		switch c.Kind {
		case KindAttribution:
			return -1
		case KindFact, KindNumber:
			if best < 0 || c.End-c.Start > x.out.Claims[best].End-x.out.Claims[best].Start {
				best = k
			}
		}
	}
	return best
}

// frameBack reads a back reference (see backReference): the subject after
// the verb speaks, and the previous unit's plain claim is what was said.
// The attribution takes that claim's place, as an attribution takes the
// place of the plain claim in a sentence that holds its own frame.
func (a *attr) frameBack(c *cue) {
	p := a.p
	a.cue = p.cueText(c)
	if c.src.b > c.src.a {
		a.document(c.src.a) // "Dies geht aus einem Bericht … hervor."
	} else {
		n := p.npRight(c.b)
		a.setSpeaker(n)
		if e := p.appositionEnd(n.b); e > n.b && !n.empty() {
			// "Dies teilte der Geschäftsführer, Jens Nacke, mit."
			a.setSpeaker(np{n.b + 1, e, false})
		}
	}
	a.cueAt = c.a
	a.back = p.x.prevClaim()
}

// cueText returns the words of a reporting verb cue, its particle last:
// "teilte mit".
func (p *passage) cueText(c *cue) string {
	if c.verb.particle != "" {
		return p.x.cat(p.textOf(c.a, c.b), " ", c.verb.particle)
	}
	return p.textOf(c.a, c.b)
}

// replaceWithLast moves the claim added last into slot k of the previous
// unit, whose claim it replaces, and keeps that unit's claims in order.
func (x *extractor) replaceWithLast(k int) {
	n := len(x.out.Claims) - 1
	x.out.Claims[k] = x.out.Claims[n]
	x.out.Claims[n] = Found{} // add expects the slot past the end zeroed
	x.out.Claims = x.out.Claims[:n]
	slices.SortStableFunc(x.out.Claims[x.prevFirst:x.curFirst], claimOrder)
}

// particleEnd returns the token after a frame that a separable particle
// closes before a colon or a comma ("teilte am Abend mit: …", "gab bekannt,
// die Steuern würden steigen"), or fb, the frame's end without it. A
// clause after the comma that has no finite verb ("kündigte an, 500 Stellen
// zu streichen") or a relative or subordinate clause ("weist auf die
// Risiken hin, die …") does not read alone, so the verb stays with it.
func (p *passage) particleEnd(c *cue, fb int) int {
	if c == nil || c.verb.particle == "" {
		return fb
	}
	k := c.part
	sub := p.has(k+2, fConj) && !p.has(k+2, fDet) || p.has(k+2, fRel) && p.has(k+3, fDet|fPrep) // "da …", "die durch …"
	if k < fb || !(p.is(k+1, ':') || p.is(k+1, ',') && !sub && p.mainClause(k+2)) {
		return fb
	}
	return k + 1
}

// mainClause reports whether the clause at token k reads as a main clause:
// it has a finite verb the lexicon knows, or, not being an infinitive with
// zu, it opens with a pronoun, a name or an article before a noun or an
// adjective ("teilte mit, die Prüfung dauere zehn Tage": most Konjunktiv
// forms are in no list).
func (p *passage) mainClause(k int) bool {
	if p.finiteFrom(k) {
		return true
	}
	if !p.isWord(k) || p.inQuote[k] || p.zuInfinitive(k, len(p.toks)) {
		return false
	}
	for j := k; j < len(p.toks); j++ {
		if p.has(j, fCue) && !p.inQuote[j] {
			return false // a frame of its own: "…, die Sprecherin erklärte: „…“"
		}
	}
	return p.has(k, fPron) || p.toks[k].cap ||
		p.has(k, fDet) && p.isWord(k+1) && (p.toks[k+1].cap || p.adjective(k+1))
}

// finiteFrom reports a finite verb or a Konjunktiv outside quotations at
// token k or later.
func (p *passage) finiteFrom(k int) bool {
	for ; k < len(p.toks); k++ {
		if !p.inQuote[k] && p.has(k, fFinite|fSubj) {
			return true
		}
	}
	return false
}

// tradeText returns the text of the passage's trade claim. When an
// attribution frames the passage ("Laut dem Statistischen Bundesamt
// stiegen die Exporte …"), the trade claim is about the fact and the
// attribution already names who vouches for it (CLAIMS.md rules 1 and 3),
// so the text is the attribution's statement without the frame: "Die
// Exporte stiegen nach China um 4,2 Prozent." It keeps a Konjunktiv as the
// article wrote it, since rewriting the mood would state as fact what the
// article only reports. Without a frame the text is the passage's own.
func (p *passage) tradeText() string {
	if p.stated != "" {
		return p.stated
	}
	return p.plainText()
}

// pastTime returns the start of a time phrase of a preposition and a day,
// a time of day or a month that ends just before token i ("wie die Stadt am
// Montag mitteilte", "im März"), or of a preposition, up to two articles
// or adjectives and a time noun ("wie der Weltverband in der Nacht
// bekanntgab", "am späten Abend"), or i when there is none.
func (p *passage) pastTime(i int) int {
	if i >= 3 && p.has(i-1, fAdv|fMonth) && p.toks[i-1].cap && p.has(i-2, fPrep) && !p.toks[i-2].cap && !p.inQuote[i-2] {
		return i - 2
	}
	if i < 4 || !p.isWord(i-1) || !p.toks[i-1].cap || p.inQuote[i-1] || !timeNoun(p.lw(i-1)) {
		return i
	}
	for j := i - 2; j >= i-4 && j > 0 && p.isWord(j) && !p.toks[j].cap && !p.inQuote[j]; j-- {
		if p.has(j, fPrep) {
			return j
		}
		if !p.has(j, fDet) && !p.adjective(j) {
			break
		}
	}
	return i
}

// timeNoun reports a German noun that names a stretch of time: "Nacht",
// "Woche", "Abend", also in the plural: "(seit) einigen Monaten".
func timeNoun(lw string) bool {
	switch lw {
	case "woche", "wochenende", "monat", "jahr", "tag", "nacht", "abend", "morgen", "mittag", "nachmittag", "vormittag",
		"wochen", "monate", "monaten", "jahre", "jahren", "tage", "tagen", "stunden":
		return true
	}
	return false
}

// relativeEnd reports a relative clause after the comma at token k that
// ends the passage: relativeAfter's, or a pronoun, a noun phrase and the
// verb as the last word (", der konkrete Fälle auflistet"), which a
// reported main clause after "der" would not end with.
func (p *passage) relativeEnd(k int) bool {
	if p.relativeAfter(k) {
		return true
	}
	if !p.isWord(k+1) || !p.has(k+1, fRel) || p.inQuote[k+1] {
		return false
	}
	n := p.npRight(k + 1)
	last := p.endWords() - 1
	return !n.empty() && !n.pp && n.b == last && p.isWord(last) && !p.toks[last].cap
}

// quotedSource returns the words of a short quoted name that opens at token
// q, after "laut": "laut „Welt“". The marks are left out of the phrase.
func (p *passage) quotedSource(q int) np {
	for k := q + 2; k < len(p.toks) && k <= q+7; k++ {
		if p.quotedNameEnding(k) == q {
			return np{q + 1, k, false}
		}
	}
	// a name in lower case, which quotedNameEnding leaves out elsewhere
	// („überflüssig“ nannte er …) but which a source position makes a
	// name: "wie „heise online“ berichtet", "laut „taz“"
	for k := q + 1; k < len(p.toks) && k <= q+4; k++ {
		if p.toks[k].kind == tQuoteClose || p.toks[k].kind == tQuoteAmb {
			if k > q+1 {
				return np{q + 1, k, false}
			}
			break
		}
		if !p.isWord(k) {
			break
		}
	}
	return np{q, q, false}
}

// soFrame reports a reporting verb at token i right after "so" and a comma:
// "…, so vermutet die Zeitung, …". There even a verb of thinking reports.
func (p *passage) soFrame(i int) bool {
	return i >= 2 && p.isWord(i-1) && p.lw(i-1) == "so" && p.is(i-2, ',')
}

// frameBetween returns the statement around a frame in tokens [fa, fb) that
// follows a comma and opens with "so" or "wie" or with its verb at token
// cueA: "Die Lage, so erklärte der Minister, sei unter Kontrolle" gives
// "Die Lage sei unter Kontrolle", and "…, wie die Stadt mitteilte." the
// words before the comma. It reports false for any other frame.
func (p *passage) frameBetween(fa, fb, cueA int) (string, int, int, bool) {
	n := len(p.toks)
	open := fa
	if p.isWord(fa-1) && (p.lw(fa-1) == "so" || p.lw(fa-1) == "wie") {
		open = fa - 1
	} else if cueA != fa {
		return "", 0, 0, false // "Der Chef, Markus Feld, sagte, …": the speaker first
	}
	if p.en || open < 2 || !p.is(open-1, ',') || p.inQuote[open-1] {
		return "", 0, 0, false
	}
	if open < fa {
		fb = p.frameClose(fb) // ", so sagte er in Berlin, …"
	}
	switch {
	case open < fa && (fb == n || fb == n-1 && p.is(fb, '.')),
		open == fa && fb+1 < n && p.is(fb, ',') && p.relativeEnd(fb) && !p.isQuote(open-2):
		// (a relative clause after the frame describes its noun: "…,
		// heißt es in dem Bericht, der konkrete Fälle auflistet"; after
		// an inserted wie or so the sentence goes on: "die, wie er sagt,
		// die Ermittlungen geführt habe")
		return p.textOf(0, open-1), p.start, p.toks[open-2].end, true
	case fb+1 < n && p.is(fb, ',') && !p.inQuote[fb] && !p.isQuote(fb+1) && !p.isQuote(open-2):
		return p.x.joinText(p.textOf(0, open-1), p.textOf(fb+1, n)), p.start, p.end, true
	}
	return "", 0, 0, false
}

// frameClose returns the comma that closes an inserted frame whose speaker
// ends at token fb, past an adverbial after the speaker: ", so der
// Schriftsteller Musa Okwanga in einem Blogeintrag auf der Website der
// „Independent“, …". It returns fb when no such comma follows within
// sixteen tokens, or a verb or a sentence mark comes first.
func (p *passage) frameClose(fb int) int {
	n := len(p.toks)
	if fb >= n || p.is(fb, ',') {
		return fb
	}
	for k := fb; k < n && k < fb+16; k++ {
		m := p.mark(k)
		switch {
		case m == ',' && !p.inQuote[k]:
			return k
		case m == '.' || m == ':' || m == ';' || p.has(k, fFinite|fSubj) && !p.inQuote[k]:
			return fb
		}
	}
	return fb
}

// quotedQuestion reports a passage that ends with a question inside a
// quotation which a frame introduces: "Der Geschäftsführer fragte: „Was
// spricht dagegen?“" reports what someone asked and is no question to the
// reader (a passage that is nothing but the quoted question still is).
func (p *passage) quotedQuestion() bool {
	n := len(p.toks)
	if n == 0 || len(p.quotes) == 0 || !p.isQuote(n-1) || p.quoted() {
		return false
	}
	q := p.quotes[len(p.quotes)-1]
	if q.End != p.toks[n-1].end {
		return false
	}
	before := strings.TrimRight(p.text[p.start:q.Start], " ")
	return strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",")
}

// ofPrep returns the preposition after which a reporting verb may take a
// noun phrase as its statement, or "": "sprach von 800 Autos", "berichtete
// von Plünderungen", "warnte vor einer Eskalation". A switch, not a map:
// it runs for every attribution's statement.
func ofPrep(lw string) string {
	switch lw {
	case "sprach", "sprachen", "spricht", "sprechen", "gesprochen",
		"berichtete", "berichteten", "berichtet", "berichten":
		return "von"
	case "warnte", "warnten", "warnt", "warnen", "gewarnt":
		return "vor"
	}
	return ""
}

// ofObject returns the preposition of a noun-phrase statement after the
// reporting verb at token i, within its clause and before any other
// preposition ("spricht die Polizei von weniger Auseinandersetzungen"), or
// -1. A reflexive verb says something else: "sprach sich für … aus".
func (p *passage) ofObject(i int) int {
	if !p.isWord(i) || p.en {
		return -1
	}
	prep := ofPrep(p.lw(i))
	if prep == "" {
		return -1
	}
	for k := i + 1; k < len(p.toks) && k <= i+8; k++ {
		if p.inQuote[k] || p.boundary(k) || p.isWord(k) && p.lw(k) == "sich" {
			return -1
		}
		if p.isWord(k) && p.lw(k) == prep {
			if k+1 < len(p.toks) && (p.toks[k+1].kind == tNum || p.toks[k+1].digitLead || p.isQuote(k+1) || !p.npRight(k+1).empty() || p.has(k+1, fDet|fNumWord)) {
				return k
			}
			return -1
		}
		if p.has(k, fPrep) {
			return -1
		}
	}
	return -1
}
