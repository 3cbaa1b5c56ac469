package claims

import (
	"math"
	"strings"
)

// person is someone the article has named, with the words it used to
// describe them ("russisch", "präsident"), so that later role nouns ("der
// chinesische Präsident") and pronouns can be resolved to the name.
type person struct {
	name  string
	parts []string // the words of the name
	desc  []string // lower-case stems of adjectives and role nouns used with it
	age   int      // the age the article gave, 0 when none
	seen  int      // the unit that named them last
}

// maxPeople bounds the people remembered, so that resolution stays cheap on
// huge inputs; the most recently named are kept.
const maxPeople = 64

// remember records a named person, or refreshes one already known and moves
// them to the end of the list, the most recently named. Descriptors are
// lower-case words.
func (x *extractor) remember(name string, desc ...string) {
	name = trimSpace(name)
	if name == "" {
		return
	}
	for i, pp := range x.people {
		if pp.name == name {
			pp.seen = x.unit
			for _, d := range desc {
				pp.addDesc(d)
			}
			if last := len(x.people) - 1; i < last {
				copy(x.people[i:], x.people[i+1:])
				x.people[last] = pp
			}
			x.index(pp)
			return
		}
	}
	pp := &person{name: name, parts: strings.Fields(name), seen: x.unit}
	for _, d := range desc {
		pp.addDesc(d)
	}
	if len(x.people) == maxPeople {
		gone := x.people[0]
		copy(x.people, x.people[1:])
		x.people = x.people[:maxPeople-1]
		x.parts.remove(gone.parts)
		for _, part := range gone.parts {
			// the latest with this word was the oldest of all: no one
			// else has it
			if x.byPart[part] == gone {
				delete(x.byPart, part)
			}
		}
	}
	x.people = append(x.people, pp)
	x.parts.add(pp.parts)
	x.index(pp)
}

// index makes pp, just named, the person each word of their name stands
// for: personByPart prefers the person named latest.
func (x *extractor) index(pp *person) {
	if x.byPart == nil {
		x.byPart = make(map[string]*person)
	}
	for _, part := range pp.parts {
		x.byPart[part] = pp
	}
}

// partFilter is a set of 4,096 bits, one per hash of a word of a known
// name: most words of a text are no name, and one look at the filter rules
// them out before any map look-up. (64 people with two or three words each
// set under 5% of the bits.)
//
// Beside the bits it counts the words of each bit, so that the words of a
// person forgotten leave it in time proportional to their number, not to
// all the people's: a full list forgets one person with each new one. The
// counts stop at 255 and a bit whose count got there stays set for good,
// which costs no more than a map look-up now and then: the filter may say
// yes to a word that is no name, never no to one that is.
type partFilter struct {
	bits  [64]uint64
	count [4096]uint8
}

// partHash returns the bit of w in a partFilter.
func partHash(w string) uint {
	n := uint(len(w))
	if n == 0 {
		return 0
	}
	h := uint32(w[0]) | uint32(w[n-1])<<8 | uint32(w[n/2])<<16 | uint32(n)<<24
	return uint(h*0x9E3779B1) >> 20 & 4095
}

// add sets the bits of the words ws.
func (f *partFilter) add(ws []string) {
	for _, w := range ws {
		b := partHash(w)
		f.bits[b/64] |= 1 << (b % 64)
		if f.count[b] < math.MaxUint8 {
			f.count[b]++
		}
	}
}

// remove takes the words ws, added before, out of the filter: it clears
// the bits that no other word has.
func (f *partFilter) remove(ws []string) {
	for _, w := range ws {
		b := partHash(w)
		switch f.count[b] {
		case math.MaxUint8: // saturated: set for good
		case 1:
			f.count[b] = 0
			f.bits[b/64] &^= 1 << (b % 64)
		default:
			f.count[b]--
		}
	}
}

// mayHave reports whether w may be a word of a known name.
func (f *partFilter) mayHave(w string) bool {
	b := partHash(w)
	return f.bits[b/64]&(1<<(b%64)) != 0
}

func (pp *person) addDesc(d string) {
	d = stem(d)
	if d == "" {
		return
	}
	for _, have := range pp.desc {
		if have == d {
			return
		}
	}
	pp.desc = append(pp.desc, d)
}

// stem strips German adjective and plural endings: "chinesischer" and
// "chinesische" both give "chinesisch", "Präsidenten" gives "präsident".
// The endings are tried in the order "en", "er", "es", "em", "e", "in",
// "s", "n", the first that leaves at least four bytes winning; the switch
// below takes them by their last byte.
func stem(w string) string {
	n := len(w)
	if n < 5 {
		return w // no ending leaves four bytes
	}
	switch last, prev := w[n-1], w[n-2]; {
	case prev == 'e' && (last == 'n' || last == 'r' || last == 's' || last == 'm') && n >= 6:
		return w[:n-2]
	case last == 'e':
		return w[:n-1]
	case prev == 'i' && last == 'n' && n >= 6:
		return w[:n-2]
	case last == 's' || last == 'n':
		return w[:n-1]
	}
	return w
}

// personByPart returns the full name of a known person one of whose name
// words is w ("Putin" → "Wladimir Putin"), preferring the latest.
func (x *extractor) personByPart(w string) (string, bool) {
	if !x.parts.mayHave(w) {
		return "", false // no known name has this word
	}
	if pp := x.byPart[w]; pp != nil {
		return pp.name, true
	}
	return "", false
}

// knownPart reports whether token i is a word of a name the article gave.
func (p *passage) knownPart(i int) bool {
	if !p.isWord(i) || !p.toks[i].cap {
		return false
	}
	_, ok := p.x.personByPart(p.w(i))
	return ok
}

// personByDesc returns the known person the descriptors fit best, or false
// when none fits. A person described with other adjectives of origin is
// not the one meant: "der brasilianische Präsident" is not the one the
// article called "venezolanisch".
func (x *extractor) personByDesc(desc []string) (string, bool) {
	best, bestScore := -1, 0
	origin := false // the phrase has an adjective of origin
	for _, d := range desc {
		origin = origin || strings.HasSuffix(d, "isch")
	}
	for i := len(x.people) - 1; i >= 0; i-- {
		if origin && x.people[i].otherOrigin(desc) {
			continue
		}
		score := 0
		for k, d := range desc {
			for _, have := range x.people[i].desc {
				if descFits(have, d) {
					// the role noun is last; adjectives tell people apart better
					if k == len(desc)-1 {
						score++
					} else {
						score += 2
					}
				}
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return "", false
	}
	return x.people[best].name, true
}

// descFits reports whether two descriptor stems describe alike: they are
// equal, or one of five bytes or more ends the other ("außenminist" and
// "minist"). It compares the last bytes first, which tells most pairs
// apart without comparing strings: personByDesc asks it for every
// descriptor of every person known.
func descFits(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a // a is the longer
	}
	if len(b) == 0 || a[len(a)-1] != b[len(b)-1] {
		return a == b
	}
	return (len(b) >= 5 || len(a) == len(b)) && a[len(a)-len(b):] == b
}

// otherOrigin reports whether the person was described by adjectives of
// origin in -isch ("venezolanisch"), none of them in desc, the phrase that
// names someone by such an adjective ("brasilianisch"). Only these
// adjectives are compared: they tell people apart, and the stems of role
// nouns ("minist") are not mistaken for them.
func (pp *person) otherOrigin(desc []string) bool {
	had := false
	for _, have := range pp.desc {
		if !strings.HasSuffix(have, "isch") {
			continue
		}
		had = true
		for _, d := range desc {
			if d == have {
				return false
			}
		}
	}
	return had
}

// personIndex returns the index of the known person called name, or -1.
func (x *extractor) personIndex(name string) int {
	for i := len(x.people) - 1; i >= 0; i-- {
		if x.people[i].name == name {
			return i
		}
	}
	return -1
}

// ageReferent resolves "der/die N-Jährige" to a person: the one the article
// gave age N, else the latest speaker, else the most recently named person
// whose age is not yet known. known reports that the person was already
// given age N, so that the phrase repeats an age rather than stating one.
func (x *extractor) ageReferent(age int) (name string, known bool) {
	for i := len(x.people) - 1; i >= 0; i-- {
		if x.people[i].age == age {
			return x.people[i].name, true
		}
	}
	if i := x.personIndex(x.lastSpeaker); i >= 0 && x.people[i].age == 0 {
		return x.people[i].name, false
	}
	for i := len(x.people) - 1; i >= 0; i-- {
		if x.people[i].age == 0 {
			return x.people[i].name, false
		}
	}
	return "", false
}

// namedSinceAttr returns the person named most recently, with a name of
// at least minWords words, in a unit after the latest attribution and
// before the current one, or "". A pronoun subject ("Er sagte, …") refers
// to that person rather than to the last speaker: "Der Innenminister,
// Nicolas Sarkozy, verteidigte … Er sagte, …". Someone named in the
// pronoun's own sentence is left out ("Nach dem Treffen mit Putin sagte
// er …").
func (x *extractor) namedSinceAttr(minWords int) string {
	for i := len(x.people) - 1; i >= 0; i-- {
		if s := x.people[i].seen; s > x.lastAttr && s < x.unit && len(x.people[i].parts) >= minWords {
			return x.people[i].name
		}
	}
	return ""
}

// lastPerson returns the most recently named person.
func (x *extractor) lastPerson() string {
	if len(x.people) == 0 {
		return ""
	}
	return x.people[len(x.people)-1].name
}

// np is a noun phrase found by the chunker: tokens [a, b).
type np struct {
	a, b int
	pp   bool // governed by a preposition: not a subject
}

func (n np) empty() bool { return n.a >= n.b }

// npRight chunks the noun phrase that starts at token i, skipping adverbs.
func (p *passage) npRight(i int) np {
	for k := 0; k < 3 && p.isWord(i) && (p.has(i, fAdv) || p.lw(i) == "sich") && !p.inQuote[i]; k++ {
		i++
	}
	if !p.isWord(i) || p.inQuote[i] {
		return np{i, i, false}
	}
	if p.has(i, fPron) || p.demonstrative(i) {
		return np{i, i + 1, false}
	}
	if p.has(i, fDet) && p.ageNoun(i+1) {
		return np{i, i + 2, false}
	}
	if p.has(i, fConj|fAdv|fRel) && !p.has(i, fDet) {
		return np{i, i, false}
	}
	a, j := i, i
	lastCap := -1
	afterNoun := false
	for j < len(p.toks) && !p.inQuote[j] {
		if !p.isWord(j) {
			// an abbreviation in parentheses after the noun: "das
			// Organisationskomitee (OK) der Weltmeisterschaft"
			if afterNoun && p.is(j, '(') && p.isWord(j+1) && p.toks[j+1].cap && p.is(j+2, ')') && p.isWord(j+3) && p.has(j+3, fDet) {
				lastCap = j + 2
				j += 3
				continue
			}
			break
		}
		lw := p.lw(j)
		switch {
		case p.has(j, fDet) && (!p.toks[j].cap || j == a):
			if afterNoun && lw != "des" && lw != "der" && lw != "eines" && lw != "einer" && lw != "of" {
				return p.trimNP(a, lastCap)
			}
			afterNoun = false
		case lw == "of" && afterNoun && p.en:
			afterNoun = false
		case p.toks[j].cap:
			if p.has(j, fPrep) && j == a {
				return np{a, a, true}
			}
			lastCap, afterNoun = j, true
		case lw == "und" || lw == "and" || lw == "sowie" || lw == "sowohl" || lw == "als" || lw == "auch" && j > a && p.lw(j-1) == "als":
			afterNoun = false
		case strings.HasSuffix(lw, "-"):
		case p.adjective(j) && !afterNoun:
		case p.has(j, fGroup):
			lastCap, afterNoun = j, true
		case afterNoun && p.elided(j):
			lastCap = j // "Banca d'Italia"
		case p.en && j > a && (!afterNoun && (p.has(j-1, fDet) || p.lw(j-1) == "of") || possessive(p.w(j-1))) && p.englishNoun(j):
			// "the school board", "the chamber of commerce", "Spain's
			// weather agency Aemet": English nouns are lower case
			for j+1 < len(p.toks) && j < a+4 && p.englishNoun(j+1) {
				j++
			}
			lastCap, afterNoun = j, true
		default:
			return p.trimNP(a, lastCap)
		}
		j++
	}
	return p.trimNP(a, lastCap)
}

func (p *passage) trimNP(a, lastCap int) np {
	if lastCap < a {
		return np{a, a, false}
	}
	return np{a, lastCap + 1, false}
}

// npLeft chunks the noun phrase that ends just before token i.
func (p *passage) npLeft(i int) np {
	j := i - 1
	// a quoted name: "wie die „Süddeutsche Zeitung“ berichtete"
	if q := p.quotedNameEnding(j); q >= 0 {
		n := p.npLeft(q)
		if !n.empty() && !n.pp {
			return np{n.a, i, false}
		}
		return np{q, i, false}
	}
	// adverbs between subject and verb: "wie EADS heute mitteilte"
	for k := 0; k < 2 && p.isWord(j) && !p.toks[j].cap && p.has(j, fAdv) && !p.inQuote[j]; k++ {
		j--
		i--
	}
	if p.ageNoun(j) {
		a := j
		if p.has(j-1, fDet) {
			a = j - 1
		}
		return np{a, i, false}
	}
	if j >= 2 && p.is(j-1, '.') && p.domainEnd(j-2) == j+1 {
		return np{j - 2, i, false} // "Wie t-online.de berichtet"
	}
	if !p.isWord(j) || p.inQuote[j] {
		return np{i, i, false}
	}
	if p.has(j, fPron) {
		return np{j, i, false}
	}
	if p.en && p.englishNoun(j) {
		// English nouns are lower case: "…, the department said"
		k := j
		for k > 0 && j-k < 4 && (p.englishNoun(k-1) || p.isWord(k-1) && p.toks[k-1].cap && !p.inQuote[k-1]) {
			k--
		}
		if k > 0 && p.has(k-1, fDet) {
			return np{k - 1, i, false}
		}
	}
	if p.toks[j].f == 0 && !p.toks[j].cap && !p.en && p.isWord(j-1) && !p.inQuote[j-1] {
		// "Die taz vermutet", "wie n-tv berichtete"
		if det := p.has(j-1, fDet); p.lowerName(j, det) && (det || p.clauseOpens(j)) {
			if det {
				return np{j - 1, i, false}
			}
			return np{j, i, false}
		}
		// the name in apposition or after "von": "Ein Reporter des
		// Fernsehsenders n-tv", "Eine Reporterin von n24"
		if p.lowerName(j, false) {
			k := j
			if lw := p.lw(j - 1); lw == "von" || lw == "vom" {
				k--
			}
			if left := p.npLeft(k); k > 0 && !left.empty() && !left.pp && p.toks[k-1].cap {
				return np{left.a, i, false}
			}
		}
	}
	first := i
	sawCap := false
	for j >= 0 && (p.isWord(j) || p.ageNoun(j)) && !p.inQuote[j] {
		lw := p.lw(j)
		switch {
		case sawCap && (lw == "von" || lw == "van") && len(p.x.people) > 0 && p.knownPart(i-1):
			// a name with "von": "Von der Leyen betonte"
		case p.has(j, fPrep) && (!p.toks[j].cap || j == 0 || p.boundary(j-1)):
			// a prepositional phrase after a noun belongs to it: "der
			// Bürgermeister von New Orleans"
			if j > 0 && p.isWord(j-1) && p.toks[j-1].cap && !p.has(j-1, fPrep|fDet|fAdv) && !p.inQuote[j-1] && sawCap {
				break
			}
			if p.has(j, fConj) && !p.has(first, fDet) {
				// "Während Jean-Claude Juncker ankündigte": a conjunction
				return p.leftResult(first, i)
			}
			return np{first, i, true}
		case p.has(j, fConj) || p.has(j, fRel) && !p.has(j, fDet):
			return p.leftResult(first, i)
		case p.has(j, fRel) && p.has(first, fDet) && (p.has(j-1, fPrep) && p.is(j-2, ',') || p.is(j-1, ',') && p.oblique(j)):
			// a relative pronoun that is no subject, before the clause's
			// subject: "…, von dem die Polizei glaubt", "…, den die Polizei
			// sucht" (but "…, der die Entscheidung bezeichnet": the
			// pronoun is the subject; "…, der Vorsitzende,": an article)
			return p.leftResult(first, i)
		case p.has(j, fDet):
		case p.toks[j].f == 0 && !p.toks[j].cap && p.ageNoun(j):
			// an age as adjective: "Der 81-jährige Besitzer"
		case p.toks[j].cap:
			if !sawCap && j < i-1 && !p.toks[j+1].cap && !p.has(j+1, fGroup) {
				return p.leftResult(first, i)
			}
			sawCap = true
		case lw == "und" || lw == "and" || lw == "sowie":
		case strings.HasSuffix(lw, "-"):
		case p.adjective(j):
		case p.has(j, fGroup) && j == i-1:
			sawCap = true
		default:
			return p.leftResult(first, i)
		}
		first = j
		j--
	}
	return p.leftResult(first, i)
}

func (p *passage) leftResult(first, i int) np {
	for first < i && !p.toks[first].cap && !p.has(first, fDet) && !p.has(first, fGroup) {
		first++
	}
	for first < i && p.has(first, fDet) && p.en {
		first++
	}
	hasHead := false
	for k := first; k < i; k++ {
		if p.toks[k].cap && !p.has(k, fAdv|fDet|fPron|fConj|fPrep|fRel) || p.has(k, fGroup) {
			hasHead = true
		}
	}
	if !hasHead {
		return np{i, i, false}
	}
	return np{first, i, false}
}

// elided reports a name part with an elided article: "d'Italia",
// "l'Equipe".
func (p *passage) elided(i int) bool {
	w := p.w(i)
	return len(w) > 3 && w[1] == '\'' && w[2] >= 'A' && w[2] <= 'Z'
}

// englishNoun reports whether a lower-case English word may be a noun of a
// noun phrase: not a preposition, conjunction, verb or cue.
func (p *passage) englishNoun(i int) bool {
	return p.isWord(i) && !p.inQuote[i] && !p.toks[i].cap &&
		!p.has(i, fPrep|fConj|fFinite|fCue|fAdv|fPron|fDet|fRel|fAux)
}

// ageNoun reports an age used as a noun: "der 61-Jährige".
// It is split in two so that the first test, which most words fail, is
// inlined into its many callers.
func (p *passage) ageNoun(i int) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].digitLead && p.ageWordAt(i)
}

// ageWordAt reports whether the word token i names someone by age.
func (p *passage) ageWordAt(i int) bool {
	return p.toks[i].kind == tWord && (strings.Contains(p.lw(i), "-jährig") || strings.HasSuffix(p.lw(i), "-year-old"))
}

// demonstrative reports a demonstrative standing alone for a person:
// "sagte dieser, dass …". The word's first letter, tested inline, rules
// out most words.
func (p *passage) demonstrative(i int) bool {
	return demonstrativeFirst[p.low[p.toks[i].start]] && p.demonstrativeWord(i)
}

// demonstrativeFirst marks the first letters of the demonstratives.
var demonstrativeFirst = [256]bool{'d': true, 'j': true, 'l': true}

// demonstrativeWord is demonstrative past its first test.
func (p *passage) demonstrativeWord(i int) bool {
	switch p.lw(i) {
	case "dieser", "diese", "jener", "letzterer":
		return i+1 >= len(p.toks) || !p.isWord(i+1) || !p.toks[i+1].cap && !p.adjective(i+1)
	}
	return false
}

// quotedNameEnding returns the index of the opening mark of a short quoted
// name whose closing mark is token j ("„Süddeutsche Zeitung“"), or -1.
func (p *passage) quotedNameEnding(j int) int {
	if j < 1 || j >= len(p.toks) || (p.toks[j].kind != tQuoteClose && p.toks[j].kind != tQuoteAmb) {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		t := p.toks[k]
		if t.kind == tQuoteOpen || t.kind == tQuoteAmb {
			if k < j-1 && p.toks[k+1].cap {
				return k
			}
			return -1
		}
		if t.kind != tWord && t.kind != tNum && t.kind != tDash {
			return -1
		}
	}
	return -1
}

// speaker turns a noun phrase into the name of who speaks: a pronoun or role
// noun becomes the person the article named, "die beiden …" the last two
// people named, and, when learn is set, a new "Role First Last" is
// remembered.
func (p *passage) speaker(n np, learn bool) string {
	if n.empty() {
		return ""
	}
	x := p.x
	if n.b-n.a == 1 && (p.has(n.a, fPron) || p.demonstrative(n.a)) {
		if p.lw(n.a) == "it" {
			// a thing or a body, never a person: "Spain's weather agency
			// Aemet issued a red alert. It warned that …"
			if x.lastSubject != "" {
				return x.lastSubject
			}
			return p.w(n.a)
		}
		if name := x.namedSinceAttr(1); name != "" {
			return name
		}
		if x.lastSpeaker != "" && x.lex.flags(strings.ToLower(x.lastSpeaker))&fPron == 0 {
			// (a pronoun nobody could resolve before is no one: "He told
			// …. She said …")
			return x.lastSpeaker
		}
		if last := x.lastPerson(); last != "" {
			return last
		}
		if x.lastSubject != "" {
			return x.lastSubject
		}
		return p.w(n.a)
	}
	found, desc := x.foundBuf[:0], x.roleBuf[:0]
	both := false
	role := -1
	for k := n.a; k < n.b; k++ {
		if p.digits && p.ageNoun(k) {
			// "der 61-Jährige"
			// nobody fits when everyone named has another age: the
			// phrase stays as written
			if name, _ := x.ageReferent(ageOf(p.lw(k))); name != "" {
				return name
			}
		}
		lw := p.lw(k)
		if lw == "beiden" || lw == "beide" || lw == "both" {
			both = true
		}
		if !p.toks[k].cap {
			if p.adjective(k) {
				desc = append(desc, lw)
			}
			continue
		}
		if isRole(lw) && role < 0 {
			role = k
			desc = append(desc, lw)
			continue
		}
		if name, ok := x.personByPart(p.w(k)); ok && !contains(found, name) {
			found = append(found, name)
		}
	}
	// the scratch buffers go back here, where they are full: nothing below
	// appends to them (an early return above only loses their growth)
	keep(&x.foundBuf, found[:0])
	keep(&x.roleBuf, desc[:0])
	and := " und "
	if x.lang == "en" {
		and = " and "
	}
	if len(found) > 0 {
		if len(found) == 1 {
			return found[0]
		}
		return x.joinWith(found, and)
	}
	if role >= 0 && role+1 < n.b && p.toks[role+1].cap && !p.has(role+1, fDet) {
		end := role + 1
		for end < n.b && p.toks[end].cap && !isRole(p.lw(end)) {
			end++
		}
		if end-role-1 > 1 || !strings.HasSuffix(p.lw(role+1), "s") {
			name := p.textOf(role+1, end)
			if learn {
				x.remember(name, desc...)
			}
			return name
		}
	}
	if role >= 0 && p.is(n.b, ',') {
		// "Der Vizepräsident des OK, Wolfgang Niersbach, …": the name in
		// apposition (learnApposition remembered it)
		if name, ok := p.appositionName(n.b); ok {
			return name
		}
	}
	if both && len(x.people) >= 2 {
		return x.cat(x.people[len(x.people)-2].name, and, x.people[len(x.people)-1].name)
	}
	if role >= 0 && role == n.b-1 && len(desc) > 0 {
		for i := range desc {
			desc[i] = stem(desc[i])
		}
		if name, ok := x.personByDesc(desc); ok {
			return name
		}
	}
	a := n.a
	for a < n.b && p.has(a, fDet) && !(both && (p.lw(a) == "beiden" || p.lw(a) == "beide")) {
		a++
	}
	if a+1 < n.b && p.digits && p.ageNoun(a) && !p.nominal(a) && p.toks[a+1].cap {
		a++ // "der 81-jährige Besitzer des Hauses" speaks as "Besitzer des Hauses"
	}
	if n.b-a == 1 && a > n.a && (p.lw(a-1) == "des" || p.lw(a-1) == "eines") {
		return genitiveBase(p.w(a))
	}
	allCap := true
	for k := a; k < n.b; k++ {
		if !p.toks[k].cap {
			allCap = false
		}
	}
	if allCap && a == n.a && (n.b-a >= 2 || x.lang == "en") && n.b-a <= 4 && role < 0 {
		name := p.textOf(a, n.b)
		if learn {
			x.remember(name)
		}
		return name
	}
	return p.textOf(a, n.b)
}

// genitiveBase strips the genitive ending of a noun after "des": "Kremls"
// gives "Kreml", "Staatssenders" gives "Staatssender".
func genitiveBase(w string) string {
	switch {
	case strings.HasSuffix(w, "es") && len(w) > 6 && !strings.HasSuffix(w, "ses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

// learnPeople remembers the people a passage names by office ("Präsident
// Wladimir Putin", "sein chinesischer Amtskollege Xi Jinping") or by a
// known given name ("Jonas Weber").
func (p *passage) learnPeople() {
	toks := p.toks // a local the loop can keep in registers
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !toks[i+1].cap && (!t.cap || t.f&fFirstName == 0) {
			// every rule below wants a capital next, except a given name's
			// ("Ursula von der Leyen"): most tokens end here
			continue
		}
		if !t.cap {
			// most tokens: lower-case words and punctuation
			if t.kind == tPunct && toks[i+1].cap && p.is(i, ',') {
				p.learnApposition(i)
			}
			continue
		}
		if p.toks[i].f&fFirstName != 0 && p.isWord(i+1) && !p.inQuote[i] && (p.toks[i+1].cap || p.nameTail(i+1) > i+1) {
			end := i + 1
			for end < len(p.toks) && end < i+3 && p.isWord(end) && p.toks[end].cap && !isRole(p.lw(end)) &&
				!p.has(end, fDet) && !p.has(end, fPrep) {
				end++
			}
			if end == i+1 {
				end = p.nameTail(end)
			}
			if _, known := p.x.personByPart(p.w(i)); !known || end > i+1 {
				p.x.remember(p.textOf(i, end), p.descBefore(i)...)
			}
			i = end - 1
			continue
		}
		if !p.toks[i+1].cap || !p.isWord(i) || !p.isWord(i+1) || !isRole(p.lw(i)) {
			continue
		}
		end := i + 1
		for end < len(p.toks) && end < i+4 && p.isWord(end) && p.toks[end].cap && !isRole(p.lw(end)) &&
			!p.has(end, fDet) && !p.has(end, fPrep) {
			end++
		}
		if end == i+2 && p.has(i+1, fFirstName) {
			end = p.nameTail(end) // "Ministerin Ursula von der Leyen"
		}
		if end == i+2 && strings.HasSuffix(p.lw(i+1), "s") {
			continue
		}
		if end == i+1 {
			continue
		}
		desc := append(p.x.descBuf[:0], p.lw(i))
		for k := i - 1; k >= 0 && p.adjective(k); k-- {
			desc = append(desc, p.lw(k))
		}
		keep(&p.x.descBuf, desc)
		p.x.remember(p.textOf(i+1, end), desc...)
		i = end - 1
	}
}

// nameTail returns the end of a name whose given name ends before token
// end and whose surname starts with a particle ("Ursula von der Leyen",
// "Thomas de Maizière"), or end when none follows.
func (p *passage) nameTail(end int) int {
	k := end
	for k < len(p.toks) && k < end+2 && p.isWord(k) && !p.toks[k].cap {
		switch p.lw(k) {
		case "von", "van", "de", "zu", "der", "den", "da", "di", "le", "la":
			k++
		default:
			return end
		}
	}
	if k == end || !p.isWord(k) || !p.toks[k].cap || p.has(k, fDet|fPrep) || p.inQuote[k] {
		return end
	}
	return k + 1
}

// learnApposition remembers a name between commas after a noun phrase with
// a role noun, the comma before it being token c: "Der Innenminister
// Frankreichs, Nicolas Sarkozy, verteidigte …".
func (p *passage) learnApposition(c int) {
	name, ok := p.appositionName(c)
	if !ok {
		return
	}
	for k := c - 1; k >= 0 && k >= c-4 && p.isWord(k) && !p.inQuote[k]; k-- {
		if p.toks[k].cap && isRole(p.lw(k)) {
			p.x.remember(name, p.lw(k))
			return
		}
	}
}

// appositionSpan returns the end of a name of two to four capitalised words
// in apposition after the comma at token c, closed by a comma or a
// parenthesis: ", Wolfgang Niersbach,".
func (p *passage) appositionSpan(c int) (int, bool) {
	end := c + 1
	for end < len(p.toks) && end < c+5 && p.isWord(end) && p.toks[end].cap && !p.inQuote[end] &&
		!p.has(end, fDet|fPrep|fPron|fAdv|fConj) {
		end++
	}
	return end, end-c-1 >= 2 && (p.is(end, ',') || p.is(end, '('))
}

// appositionName returns the name in apposition after the comma at token
// c when it holds no role noun: ", Wolfgang Niersbach,". ("…,
// Bürgermeisterin Anna Keller, …" is learnt by its role instead.)
func (p *passage) appositionName(c int) (string, bool) {
	end, ok := p.appositionSpan(c)
	if !ok {
		return "", false
	}
	for k := c + 1; k < end; k++ {
		if isRole(p.lw(k)) {
			return "", false
		}
	}
	return p.textOf(c+1, end), true
}
