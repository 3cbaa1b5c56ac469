package claims

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxAge is the highest age taken for a person's age; "(2019)" or
// "Sachsen-Anhalt (107)" are no ages.
const maxAge = 115

// ages finds the age claims of a passage: "Wladimir Putin (71)", "Telesforo
// Santillan (60 Jahre)", "Olaf Scholz (SPD, 65)", "Anna Weber (52, CDU)",
// "der 71-Jährige", "die 71-jährige Anna Weber", "der 60 Jahre alte Karl
// Sonne", "Dana Whitfield, 52,", "Karl Sonne, 60 Jahre alt,", "a
// 52-year-old" and "52-year-old Dana Whitfield". It returns how many it
// found.
func (p *passage) ages() int {
	n := 0
	if !p.digits {
		return 0
	}
	for i := range p.toks {
		t := &p.toks[i]
		if t.kind != tNum && !t.digitLead || p.inQuote[i] {
			continue // the cheap test first: most tokens hold no digit
		}
		if t.kind != tNum { // a compound led by digits
			if age := ageOf(p.lw(i)); age > 0 && p.agedPerson(i, i, age) {
				n++
			}
			continue
		}
		switch years := p.yearsAfter(i); {
		case p.is(i-1, '('):
			if close := p.parenAfterAge(i, years); close > 0 && p.ageInParens(i, i-1, close) {
				n++
			}
		case p.is(i-1, ',') && p.is(i+1, ')'):
			if open := p.partyBefore(i - 1); open > 0 && p.ageInParens(i, open, i+1) {
				n++
			}
		case p.is(i-1, ',') && p.is(i+1, ','):
			if p.ageInCommas(i, i+1) {
				n++
			}
		case years > 0 && p.is(i-1, ','):
			// "Karl Sonne, 60 Jahre alt, …" (or at the sentence's end)
			if alt := i + years + 1; p.agedAdjective(alt) && (p.is(alt+1, ',') || alt+1 >= len(p.toks) || p.is(alt+1, '.')) {
				if p.ageInCommas(i, alt) {
					n++
				}
			}
		case years > 0 && p.agedAdjective(i+years+1) && p.isWord(i+years+2) && p.toks[i+years+2].cap:
			// "der 60 Jahre alte Karl Sonne"; "Die Brücke ist 60 Jahre alt."
			// names no one, and "der 60 Jahre alte" alone is too rare to
			// look for the person it means
			if age := p.ageValue(i); age > 0 && p.agedPerson(i, i+years+1, age) {
				n++
			}
		}
	}
	return n
}

// yearsAfter returns 1 when the number at token i is followed by "Jahre"
// or "years", else 0.
func (p *passage) yearsAfter(i int) int {
	if p.isWord(i+1) && (p.lw(i+1) == "jahre" || p.lw(i+1) == "years") {
		return 1
	}
	return 0
}

// agedAdjective reports whether token i says "old": "alt", "alte", "old".
func (p *passage) agedAdjective(i int) bool {
	if !p.isWord(i) {
		return false
	}
	switch p.lw(i) {
	case "alt", "alte", "alter", "alten", "altes", "old":
		return true
	}
	return false
}

// parenAfterAge returns the index of the ")" that closes the parenthesis
// an age at token i opens, or 0: "(71)", "(60 Jahre)", "(60 Jahre alt)"
// and "(52, CDU)", where a party or place of at most three words follows.
// years is yearsAfter(i).
func (p *passage) parenAfterAge(i, years int) int {
	j := i + years + 1
	if years > 0 && p.agedAdjective(j) {
		j++
	}
	if p.is(j, ')') {
		return j
	}
	if years > 0 || !p.is(j, ',') {
		return 0
	}
	for k := j + 1; k < len(p.toks) && k <= j+4; k++ {
		switch {
		case p.is(k, ')') && k > j+1:
			return k
		case !p.isWord(k):
			return 0
		}
	}
	return 0
}

// partyBefore returns the index of the "(" that opens "(SPD, 65)" when the
// comma at token comma ends one to three words after it, or 0.
func (p *passage) partyBefore(comma int) int {
	for k := comma - 1; k >= 0 && k >= comma-3; k-- {
		switch {
		case p.is(k, '(') && k < comma-1:
			return k
		case !p.isWord(k):
			return 0
		}
	}
	return 0
}

// ageValue parses a token as an age, or returns 0.
func (p *passage) ageValue(i int) int {
	w := p.w(i)
	if len(w) > 3 {
		return 0
	}
	a, err := strconv.Atoi(w)
	if err != nil || a <= 0 || a > maxAge {
		return 0
	}
	return a
}

// nameBefore returns the token range of the capitalised name that ends just
// before token i and whether it looks like a person: two or more name words,
// a name the article already gave, or a role noun before it.
func (p *passage) nameBefore(i int) (a, b int, ok bool) {
	b = i
	a = i
	for a > 0 && p.isWord(a-1) && p.toks[a-1].cap && !p.inQuote[a-1] && !isRole(p.lw(a-1)) &&
		!p.has(a-1, fDet) && b-a < 4 {
		a--
	}
	if a == b {
		return a, b, false
	}
	// "der Meteorologe Karl Sonne": after an article comes a noun, then the name
	if b-a >= 3 && a > 0 && p.has(a-1, fDet) {
		a++
	}
	if a > 0 && p.has(a-1, fPrep) {
		return a, b, false
	}
	if a = p.trimDescriptors(a, b); a == b {
		return a, b, false
	}
	if b-a >= 2 {
		return a, b, true
	}
	if strings.Contains(p.w(a), "-") && (a == 0 || !isRole(p.lw(a-1))) {
		return a, b, false
	}
	if _, known := p.x.personByPart(p.w(a)); known {
		return a, b, true
	}
	return a, b, a > 0 && (isRole(p.lw(a-1)) || genericPerson(p.lw(a-1)) || p.en)
}

// trimDescriptors returns where the name in tokens [a, b) starts once the
// words in front that describe rather than name someone are left out: a
// role ("Trainer"), a kind of person ("Angeklagte"), a nationality
// ("Österreicher") or a compound noun too long for a first name
// ("Entwicklungshelfer", "Bundesländer").
func (p *passage) trimDescriptors(a, b int) int {
	for a < b && describesPerson(p.lw(a)) {
		a++
	}
	return a
}

// describesPerson reports whether the lower-case capitalised word w says
// what someone is rather than who: a role, a kind of person, a nationality
// or a noun longer than a given name ("Hans-Joachim" counts by its parts).
func describesPerson(w string) bool {
	return isRole(w) || genericPerson(w) || isDemonym(w) || longestPart(w) >= longNoun
}

// longNoun is the length in letters from which a capitalised word in front
// of a name is taken for a noun: first names are shorter.
const longNoun = 12

// demonymTails end the nouns for people of a country or region:
// Kolumbianer, US-Amerikaner, Thailänderin, Österreicher, Chinese.
var demonymTails = strings.Fields(`aner anerin äner änerin länder länderin reicher reicherin
	ese esin zose zösin`)

// isDemonym reports whether the lower-case noun w names someone by where
// they come from.
func isDemonym(w string) bool {
	for _, tail := range demonymTails {
		if strings.HasSuffix(w, tail) && len(w) > len(tail)+2 {
			return true
		}
	}
	return false
}

// descBefore returns the role noun and adjectives just before token a, in
// a buffer that the next call reuses.
func (p *passage) descBefore(a int) []string {
	desc := p.x.descBuf[:0]
	k := a - 1
	if k >= 0 && p.toks[k].cap && isRole(p.lw(k)) {
		desc = append(desc, p.lw(k))
		k--
	}
	for ; k >= 0 && p.adjective(k); k-- {
		desc = append(desc, p.lw(k))
	}
	keep(&p.x.descBuf, desc)
	return desc
}

// ageInParens handles an age at token i in the parentheses from token
// open to token close, after the name: "Wladimir Putin (71)".
func (p *passage) ageInParens(i, open, close int) bool {
	age := p.ageValue(i)
	if age == 0 {
		return false
	}
	a, b, ok := p.nameBefore(open)
	if !ok || b-a < 2 && p.yearsAfter(i) > 0 {
		// "der Angeklagte Gelowicz (12 Jahre)" is more likely his sentence
		return false
	}
	name := p.fullName(a, b)
	p.x.remember(name, p.descBefore(a)...)
	return p.addAge(name, age, p.toks[a].start, p.toks[close].end)
}

// ageInCommas handles an age at token i set off by commas after the name,
// the age phrase ending at token last: "Dana Whitfield, 52,".
func (p *passage) ageInCommas(i, last int) bool {
	age := p.ageValue(i)
	if age == 0 {
		return false
	}
	a, b, ok := p.nameBefore(i - 1)
	if !ok || b-a < 2 && !p.en {
		return false
	}
	name := p.fullName(a, b)
	p.x.remember(name, p.descBefore(a)...)
	return p.addAge(name, age, p.toks[a].start, p.toks[last].end)
}

// fullName returns the name in tokens [a, b), completed to the full name when
// it is the surname of someone already named.
func (p *passage) fullName(a, b int) string {
	if b-a == 1 {
		if name, ok := p.x.personByPart(p.w(a)); ok {
			return name
		}
	}
	return p.textOf(a, b)
}

// ageOf returns the age of an age compound ("71-jährige", "52-year-old"),
// or 0 when lw is none.
func ageOf(lw string) int {
	num, rest, ok := strings.Cut(lw, "-")
	if !ok || len(num) > 3 {
		return 0
	}
	switch rest {
	case "jährige", "jährigen", "jähriger", "jähriges", "year-old", "year-olds", "jährigem":
	default:
		return 0
	}
	age, err := strconv.Atoi(num)
	if err != nil || age <= 0 || age > maxAge {
		return 0
	}
	return age
}

// agedPerson handles an age phrase from token i to token last that says
// how old someone is: "71-Jährige", "71-jährige Name", "71-year-old" or
// "60 Jahre alte Name". The person is named after it, before it ("Putin,
// der 71-Jährige,") or earlier in the article ("die 58-Jährige").
func (p *passage) agedPerson(i, last, age int) bool {
	start, end := p.toks[i].start, p.toks[last].end
	if p.isWord(i-1) && indefinite.has(p.lw(i-1)) || p.isWord(last+1) && genericPerson(p.lw(last+1)) {
		// "ein 20-jähriger Mann", "der 34-jährige Autofahrer": nobody a
		// reviewer could look up; the age stays in the sentence's claim
		return false
	}
	var name string
	j := last + 1
	for !p.nominal(last) && j < last+3 && p.adjective(j) {
		j++ // "die 64-jährige deutsche Bundeskanzlerin Angela Merkel"
	}
	if !p.nominal(last) && p.isWord(j) && p.toks[j].cap {
		// "die 71-jährige Anna Weber"; "der 37-jährige Torwart", "nach
		// 43-jähriger Flucht" and "der 24-jährigen indonesischen
		// Besatzungszeit" name no one
		k := j
		for k < len(p.toks) && k < j+4 && p.isWord(k) && p.toks[k].cap {
			k++
		}
		a := p.trimDescriptors(j, k)
		switch {
		case a == k:
			return false
		case k-a == 1 && !p.knownPart(a):
			full, ok := p.x.namedEarlier(p.w(a), p.toks[a].start)
			if !ok {
				return false
			}
			name = full
		default:
			name = p.fullName(a, k)
			if p.initialAfter(k - 1) {
				// "der 37-jährige Steve St.": the press's shortened surname
				name = p.textOf(a, k+1)
				k++
			}
		}
		end = p.toks[k-1].end
		p.x.remember(name)
	} else if a, b, ok := p.nameBefore(i - 1); ok && p.is(i-1, ',') {
		name = p.fullName(a, b)
		start = p.toks[a].start
	} else if a, b, ok := p.nameBefore(i - 2); ok && i >= 2 && p.is(i-2, ',') {
		name = p.fullName(a, b)
		start = p.toks[a].start
	} else if j > last+1 {
		return false // adjectives and no noun after them
	} else {
		// "die 58-Jährige": someone named before
		var known bool
		name, known = p.x.ageReferent(age)
		if i > 0 && p.has(i-1, fDet) {
			start = p.toks[i-1].start
		}
		if known {
			p.markUsed(start, end) // repeats an age already claimed
			return false
		}
		if !p.x.recentPerson(name) {
			return false
		}
	}
	if name == "" {
		return false
	}
	return p.addAge(name, age, start, end)
}

// referentReach is how many sentences back "der 58-Jährige" may refer:
// further back, the article has usually moved on to someone it did not
// name ("der Vater"), and an age claim about the wrong person is worse
// than none.
const referentReach = 3

// abstractTails end German nouns for things, never a person's name:
// "Mitverantwortung", "Herrschaft".
var abstractTails = strings.Fields(`ung heit keit schaft tät ion ismus nis`)

// recentPerson reports whether name is someone the article named in full
// (two words or more) within the last referentReach sentences, and not a
// noun phrase that was taken for a name.
func (x *extractor) recentPerson(name string) bool {
	k := x.personIndex(name)
	if k < 0 {
		return false
	}
	pp := x.people[k]
	if len(pp.parts) < 2 || pp.seen < x.unit-referentReach {
		return false
	}
	last := strings.ToLower(pp.parts[len(pp.parts)-1])
	for _, tail := range abstractTails {
		if strings.HasSuffix(last, tail) {
			return false
		}
	}
	return true
}

// maxEarlierLooks bounds the earlier mentions namedEarlier looks at, and
// earlierReach how far back, in bytes, it looks: a long news article's
// worth.
// Without a bound, a file of many articles would be searched from each
// surname back to its start.
const (
	maxEarlierLooks = 8
	earlierReach    = 6 << 10
)

// namedEarlier returns the full name that the article gave before offset
// end and that ends with the surname w: "Roger Federer" for "der
// 24-jährige Federer". An article names someone in full before it uses
// the surname alone; a word in front of w that is no given name or could
// be a noun ("die Piloten") names no one.
func (x *extractor) namedEarlier(w string, end int) (string, bool) {
	text := x.text[max(0, end-earlierReach):end]
	base := end - len(text) // text's offset in x.text
	for range maxEarlierLooks {
		k := strings.LastIndex(text, w)
		if k < 0 {
			return "", false
		}
		text = text[:k]
		k += base
		after := k + len(w)
		if k < 2 || x.text[k-1] != ' ' || after < len(x.text) && isNameByte(x.text[after]) {
			continue
		}
		s := k - 1
		for s > 0 && (isNameByte(x.text[s-1]) || x.text[s-1] == '-') {
			s--
		}
		first, _ := utf8.DecodeRuneInString(x.text[s:])
		prev := x.low[s : k-1]
		if s == k-1 || !unicode.IsUpper(first) {
			continue
		}
		f := x.lex.flags(prev)
		if f&fFirstName != 0 && longestPart(prev) < longNoun || f == 0 && !describesPerson(prev) {
			return x.text[s:after], true
		}
	}
	return "", false
}

// longestPart returns the length in letters of the longest part of the
// hyphenated word w: "Hans-Joachim" is two short given names.
func longestPart(w string) int {
	n := 0
	for part := range strings.SplitSeq(w, "-") {
		n = max(n, utf8.RuneCountInString(part))
	}
	return n
}

// isNameByte reports whether b may be part of a name's word: an ASCII
// letter or a byte of a non-ASCII letter.
func isNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// initialAfter reports whether the name word at token i is a surname
// shortened by the press, one to three letters and a period that ends no
// sentence: "Horst K.,", "Steve St., der …".
func (p *passage) initialAfter(i int) bool {
	w := p.w(i)
	return len(w) <= 3 && p.is(i+1, '.') && i+2 < len(p.toks) && !p.toks[i+2].cap
}

// nominal reports whether the age compound at token i is a noun ("der
// 71-Jährige") rather than an adjective ("die 71-jährige Anna Weber").
func (p *passage) nominal(i int) bool {
	_, rest, ok := strings.Cut(p.w(i), "-")
	return ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

// indefinite holds the indefinite articles: "ein 20-jähriger Mann" is no one
// in particular.
var indefinite = words(`ein eine einen einem einer eines a an`)

// genericPersons are nouns that say what someone is without naming them;
// genericPersonTails end such compounds ("Autofahrer", "Fußgängerin").
// Surnames such as "Hoffmann" or "Schneider" must not match, so the short
// nouns are whole words.
var (
	genericPersons = words(`mann frau männer frauen junge mädchen kind kinder jugendliche
		jugendlicher jugendlichen opfer rentner rentnerin patient patientin verdächtige
		verdächtiger verdächtigen tatverdächtige tatverdächtiger tatverdächtigen angeklagte
		angeklagter angeklagten beschuldigte beschuldigter beschuldigten beamte beamter beamtin
		passant passantin tourist touristin säugling baby sohn tochter bruder schwester vater mutter`)
	genericPersonTails = strings.Fields(`fahrer fahrerin gänger gängerin täter täterin arbeiter
		arbeiterin bewohner bewohnerin besucher besucherin polizist polizistin soldat soldatin
		student studentin schüler schülerin`)
)

// genericPerson reports whether the lower-case noun w names a kind of
// person rather than a person.
func genericPerson(w string) bool {
	if genericPersons.has(w) {
		return true
	}
	for _, tail := range genericPersonTails {
		if strings.HasSuffix(w, tail) {
			return true
		}
	}
	return false
}

// markUsed marks the numbers in [start, end) as part of an age.
func (p *passage) markUsed(start, end int) {
	for i, t := range p.toks {
		if t.start >= start && t.end <= end && (t.kind == tNum || t.digitLead) {
			p.used[i] = true
		}
	}
}

// addAge adds the claim that name is age years old and reports whether it
// did: an age is never given to someone the article gave another age.
func (p *passage) addAge(name string, age, start, end int) bool {
	x := p.x
	k := x.personIndex(name)
	if k < 0 {
		x.remember(name)
		k = x.personIndex(name)
	}
	if k >= 0 {
		if have := x.people[k].age; have != 0 && have != age {
			return false
		}
		x.people[k].age = age
	}
	p.markUsed(start, end)
	text := x.cat(name, " ist ", strconv.Itoa(age), " Jahre alt.")
	if x.lang == "en" {
		text = x.cat(name, " is ", strconv.Itoa(age), " years old.")
	}
	// added after the passage's other claims, which start before it: so
	// the passage's claims mostly come out in order, with no sorting
	x.ages = append(x.ages, ageClaim{name: name, text: text, age: age, start: start, end: end})
	return true
}

// ageClaim is an age claim waiting for its passage's other claims.
type ageClaim struct {
	name, text      string
	age, start, end int
}

// addAges adds the age claims of the passage.
func (x *extractor) addAges() {
	for _, a := range x.ages {
		x.add(&Found{Kind: KindAge, Start: a.start, End: a.end, Text: a.text, Person: a.name, Age: a.age, Score: 0.9})
	}
	clear(x.ages)
	x.ages = x.ages[:0]
}
