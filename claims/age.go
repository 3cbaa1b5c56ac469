package claims

import (
	"strconv"
	"strings"
)

// maxAge is the highest age taken for a person's age; "(2019)" or
// "Sachsen-Anhalt (107)" are no ages.
const maxAge = 115

// ages finds the age claims of a passage: "Wladimir Putin (71)", "der
// 71-Jährige", "die 71-jährige Anna Weber", "Dana Whitfield, 52,",
// "a 52-year-old" and "52-year-old Dana Whitfield". It returns how many it
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
		switch {
		case t.kind == tNum && p.is(i-1, '(') && p.is(i+1, ')'):
			if p.ageInParens(i) {
				n++
			}
		case t.kind == tNum && p.is(i-1, ',') && p.is(i+1, ','):
			if p.ageInCommas(i) {
				n++
			}
		case t.digitLead:
			if p.ageCompound(i) {
				n++
			}
		}
	}
	return n
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
	if b-a >= 2 {
		return a, b, true
	}
	if strings.Contains(p.w(a), "-") && (a == 0 || !isRole(p.lw(a-1))) {
		return a, b, false
	}
	if _, known := p.x.personByPart(p.w(a)); known {
		return a, b, true
	}
	return a, b, a > 0 && (isRole(p.lw(a-1)) || p.en)
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

func (p *passage) ageInParens(i int) bool {
	age := p.ageValue(i)
	if age == 0 {
		return false
	}
	a, b, ok := p.nameBefore(i - 1)
	if !ok {
		return false
	}
	name := p.fullName(a, b)
	p.x.remember(name, p.descBefore(a)...)
	return p.addAge(name, age, p.toks[a].start, p.toks[i+1].end)
}

func (p *passage) ageInCommas(i int) bool {
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
	return p.addAge(name, age, p.toks[a].start, p.toks[i+1].end)
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

// ageCompound handles "71-Jährige", "71-jährige Name" and "71-year-old".
func (p *passage) ageCompound(i int) bool {
	age := ageOf(p.lw(i))
	if age == 0 {
		return false
	}
	start, end := p.toks[i].start, p.toks[i].end
	if p.isWord(i-1) && indefinite.has(p.lw(i-1)) || p.isWord(i+1) && genericPerson(p.lw(i+1)) {
		// "ein 20-jähriger Mann", "der 34-jährige Autofahrer": nobody a
		// reviewer could look up; the age stays in the sentence's claim
		return false
	}
	var name string
	if j := i + 1; p.isWord(j) && p.toks[j].cap && !isRole(p.lw(j)) {
		k := j
		for k < len(p.toks) && k < j+3 && p.isWord(k) && p.toks[k].cap {
			k++
		}
		name = p.fullName(j, k)
		end = p.toks[k-1].end
		p.x.remember(name)
	} else if a, b, ok := p.nameBefore(i - 1); ok && p.is(i-1, ',') {
		name = p.fullName(a, b)
		start = p.toks[a].start
	} else if a, b, ok := p.nameBefore(i - 2); ok && i >= 2 && p.is(i-2, ',') {
		name = p.fullName(a, b)
		start = p.toks[a].start
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
	}
	if name == "" {
		return false
	}
	return p.addAge(name, age, start, end)
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
