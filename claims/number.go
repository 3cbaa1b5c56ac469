package claims

import (
	"strconv"
	"strings"
)

// quantity is a number found in a passage: tokens [a, b) as written, with
// its value and unit.
type quantity struct {
	a, b  int
	value float64
	unit  string
	money bool // a currency or a percentage: scored higher
	date  bool
}

// multipliers scale the number before them: "2,4 Milliarden Euro".
var multipliers = map[string]float64{
	"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
	"milliarden": 1e9, "mrd": 1e9, "billion": 1e9, "billionen": 1e12, "trillion": 1e12,
	"thousand": 1e3,
}

// multiplierFirst marks the first bytes of the multipliers: most words
// after a number need no map look-up.
var multiplierFirst = func() (set [256]bool) {
	for w := range multipliers {
		set[w[0]] = true
	}
	return set
}()

// multiplier returns the scale of the multiplier w.
func multiplier(w string) (float64, bool) {
	if w == "" || !multiplierFirst[w[0]] {
		return 0, false
	}
	m, ok := multipliers[w]
	return m, ok
}

// currencies are unit words for money.
var currencies = words(`euro dollar us-dollar dollars euros cent cents franken pfund pounds yuan
	rubel rupien yen $ € £ prozent percent prozentpunkte prozentpunkt`)

// qualifiers stand before a number and belong to it: "etwa eine Stunde".
var qualifiers = words(`etwa rund knapp fast über mindestens circa ca gut mehr weniger bis
	about around nearly almost roughly over some least more fewer less than als zu`)

// quantities returns the quantities of the passage outside quotations and
// outside tokens already used (ages).
func (p *passage) quantities(buf []quantity) []quantity {
	lex := p.x.lex
	if !p.digits && !p.hasFlag(fNumWord|fMonth) {
		return buf
	}
	for i := 0; i < len(p.toks); i++ {
		t := &p.toks[i]
		// numbers and words with a leading digit have digitLead, number
		// words and months their flags, and no other token has either:
		// one test that is nearly always true, where asking for the kind
		// first would branch on the mix of words and marks
		if !t.digitLead && t.f&(fNumWord|fMonth) == 0 {
			continue
		}
		if p.inQuote[i] || p.used[i] {
			continue
		}
		var q quantity
		var ok bool
		switch {
		case t.kind == tNum:
			q, ok = p.numeric(i)
		case t.kind == tWord && t.digitLead:
			q, ok = p.compact(i)
		default: // a number word or a month: the flags say which map holds it
			if t.f&fNumWord != 0 && p.isWord(i+1) && p.has(i+1, fUnit) {
				q, ok = p.numberWord(i, lex.numberWords[p.lw(i)]), true
			} else if t.f&fMonth != 0 && t.cap {
				q, ok = p.englishDate(i)
			}
		}
		if !ok {
			continue
		}
		for q.a > 0 && p.isWord(q.a-1) && p.has(q.a-1, fQualifier) && !p.inQuote[q.a-1] {
			q.a--
		}
		if q.a > 0 && p.toks[q.a-1].kind == tPunct && currencies.has(p.w(q.a-1)) {
			q.a--
			q.money = true
			if q.unit == "" {
				q.unit = p.w(q.a)
			} else {
				q.unit = p.w(q.a) + " " + q.unit
			}
		}
		buf = append(buf, q)
		i = q.b - 1
	}
	return buf
}

// numeric reads the quantity that starts with the number token i.
func (p *passage) numeric(i int) (quantity, bool) {
	w := p.w(i)
	v, ok := parseNumber(w, p.x.lang)
	if !ok {
		return quantity{}, false
	}
	q := quantity{a: i, b: i + 1, value: v}
	// German dates: "8. Februar 2024".
	if p.is(i+1, '.') && p.isWord(i+2) {
		if p.has(i+2, fMonth) && v >= 1 && v <= 31 {
			q.b = i + 3
			if i+3 < len(p.toks) && p.toks[i+3].kind == tNum && len(p.w(i+3)) == 4 {
				q.b = i + 4
			}
			// a date is no quantity: it has a unit but no value
			q.value, q.unit, q.date = 0, "Datum", true
			return q, true
		}
	}
	j := i + 1
	if j < len(p.toks) && p.isWord(j) {
		if m, isMult := multiplier(strings.TrimSuffix(p.lw(j), ".")); isMult {
			q.value *= m
			j++
			if p.is(j, '.') {
				j++
			}
		}
	}
	switch {
	case p.is(j, '%'):
		q.b, q.unit, q.money = j+1, "%", true
		return q, true
	case j < len(p.toks) && p.toks[j].kind == tPunct && currencies.has(p.w(j)):
		q.b, q.unit, q.money = j+1, p.w(j), true // "49 €"
		return q, true
	case j < len(p.toks) && p.isWord(j) && p.has(j, fUnit):
		q.b, q.unit = j+1, p.w(j)
		q.money = currencies.has(p.lw(j))
		if m, _ := multiplier(p.lw(j)); m > 0 && p.isWord(j+1) && p.has(j+1, fUnit) {
			q.b, q.unit = j+2, p.w(j+1)
			q.money = currencies.has(p.lw(j + 1))
		}
		return q, true
	case j > i+1:
		q.b = j
		return q, true
	case j < len(p.toks) && p.isWord(j) && p.toks[j].cap && !p.en && !p.has(j, fDet) && !p.has(j, fPrep):
		if isYear(w) {
			return quantity{}, false
		}
		q.b, q.unit = j+1, p.w(j)
		return q, true
	case p.en && !isYear(w) && p.englishNoun(j):
		if p.englishNoun(j + 1) {
			j++ // an adjective first: "140,000 new jobs"
		}
		q.b, q.unit = j+1, p.w(j) // "150,000 jobs"
		return q, true
	}
	if i > 0 && p.toks[i-1].kind == tPunct && currencies.has(p.w(i-1)) {
		return q, true
	}
	return quantity{}, false
}

// numberWord reads the quantity that starts with the number word at token
// i, of value v, followed by a unit: "drei Stunden", "zwei Millionen Euro"
// (2e6 Euro), "eine Milliarde".
func (p *passage) numberWord(i int, v float64) quantity {
	q := quantity{a: i, b: i + 2, value: v, unit: p.w(i + 1)}
	if m, ok := multiplier(p.lw(i + 1)); ok {
		q.value *= m
		q.unit = ""
		if p.isWord(i+2) && p.has(i+2, fUnit) {
			q.b, q.unit = i+3, p.w(i+2)
		}
	}
	q.money = currencies.has(strings.ToLower(q.unit))
	return q
}

// compactSuffixes scale a number they are written onto, in English
// business writing: "$1.2bn", "€96m", "£5k". "m" and "k" count only after
// a currency sign: "a 2m wall" is two metres.
var compactSuffixes = map[string]struct {
	scale    float64
	currency bool // only after a currency sign
}{
	"k": {1e3, true}, "m": {1e6, true}, "mn": {1e6, false}, "bn": {1e9, false}, "tn": {1e12, false},
}

// compact reads a number with a scale suffix written onto it, the word
// token i: "96m" after "€", "1.4bn people".
func (p *passage) compact(i int) (quantity, bool) {
	if !p.en {
		return quantity{}, false
	}
	w := p.lw(i)
	k := len(w)
	for k > 0 && !isDigit(w[k-1]) {
		k--
	}
	suffix, ok := compactSuffixes[w[k:]]
	if !ok || k == 0 {
		return quantity{}, false
	}
	v, ok := parseNumber(w[:k], "en")
	afterCurrency := i > 0 && p.toks[i-1].kind == tPunct && currencies.has(p.w(i-1))
	if !ok || suffix.currency && !afterCurrency {
		return quantity{}, false
	}
	q := quantity{a: i, b: i + 1, value: v * suffix.scale}
	if !afterCurrency && p.englishNoun(i+1) {
		q.b, q.unit = i+2, p.w(i+1) // "1.4bn people"
	}
	return q, true
}

// englishDate reads "February 8, 2024" or "8 February 2024" style dates at
// the month token i.
func (p *passage) englishDate(i int) (quantity, bool) {
	q := quantity{a: i, b: i + 1, unit: "date", date: true}
	if !p.en {
		q.unit = "Datum"
	}
	switch {
	case i+1 < len(p.toks) && p.toks[i+1].kind == tNum && len(p.w(i+1)) <= 2:
		q.b = i + 2
		if p.is(i+2, ',') && i+3 < len(p.toks) && isYear(p.w(i+3)) {
			q.b = i + 4
		}
		return q, true
	case i > 0 && p.toks[i-1].kind == tNum && len(p.w(i-1)) <= 2:
		q.a = i - 1
		if i+1 < len(p.toks) && isYear(p.w(i+1)) {
			q.b = i + 2
		}
		return q, true
	}
	return quantity{}, false
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1000 && y <= 2100
}

// parseNumber reads a number as written in lang: German "1.000,5" and
// English "1,000.5". A separator followed by a group of exactly three digits
// separates thousands.
//
// Most numbers have at most 15 digits and one decimal mark: their digits
// make an integer below 2⁵³ and the value is that integer divided by a power
// of ten up to 10¹⁵, both exact as float64, so the one rounding of the
// division gives the value ParseFloat gives, without building a string.
func parseNumber(w, lang string) (float64, bool) {
	thousands, decimal := byte('.'), byte(',')
	if lang == "en" {
		thousands, decimal = ',', '.'
	}
	var arr [32]byte
	buf := arr[:0]
	var mant uint64
	digits, frac, marks := 0, 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isDigit(c):
			buf = append(buf, c)
			mant = mant*10 + uint64(c-'0')
			digits++
			frac += marks
		case c == thousands && groupOfThree(w, i+1):
		case c == decimal || c == thousands:
			buf = append(buf, '.')
			marks++
		default:
			return 0, false
		}
	}
	if digits > 0 && digits <= 15 && marks <= 1 {
		return float64(mant) / exactPow10[frac], true
	}
	v, err := strconv.ParseFloat(string(buf), 64)
	return v, err == nil
}

// exactPow10 are the powers of ten that parseNumber divides by.
var exactPow10 = [16]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

func groupOfThree(w string, i int) bool {
	return i+3 <= len(w) && isDigit(w[i]) && isDigit(w[i+1]) && isDigit(w[i+2]) && (i+3 == len(w) || !isDigit(w[i+3]))
}
