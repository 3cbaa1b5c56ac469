package claims

import "strings"

// partnerNouns end nouns that rank one economy for another: "wichtigster
// Handelspartner", "largest trading partner".
var partnerNouns = []string{"handelspartner", "handelspartnerin", "exportmarkt", "absatzmarkt",
	"lieferant", "abnehmer", "exporteur", "importeur", "trading partner", "supplier", "market"}

func tail3(s string) uint32 { return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 }

// tailBit maps three packed bytes to a bit of a 4096-bit set.
func tailBit(t uint32) uint32 { return t * 0x9E3779B1 >> 20 }

// partnerTails marks the last three bytes of the partner nouns in a bit
// set: most words are rejected by one look at it.
var partnerTails = func() (set [4096 / 64]uint64) {
	for _, s := range partnerNouns {
		b := tailBit(tail3(s[len(s)-3:]))
		set[b/64] |= 1 << (b % 64)
	}
	return set
}()

// partnerTail reports whether the word that ends at offset e of low, four
// bytes long or more, may end with a partner noun. Its last four bytes are
// read as one number, of which the top three are what tail3 packs.
func partnerTail(low string, e int) bool {
	b := tailBit(last4(low, e) >> 8)
	return partnerTails[b/64]&(1<<(b%64)) != 0
}

// tradeMeasures are nouns that name a trade quantity.
var tradeMeasures = words(`handel handelsvolumen warenaustausch exporte export ausfuhren ausfuhr
	importe import einfuhren einfuhr handelsbilanz handelsdefizit handelsüberschuss
	exportüberschuss marktanteil marktanteile exports imports trade surplus deficit`)

// linking verbs between subject and ranking: "China ist …".
var linking = words(`ist sind war waren bleibt bleiben blieb wurde wird is are was were remains remained became`)

// nationality stems name the economy of an adjective: "deutschen Exporte".
var nationality = map[string]string{
	"deutsch": "Deutschland", "chinesisch": "China", "russisch": "Russland",
	"amerikanisch": "USA", "us-amerikanisch": "USA", "französisch": "Frankreich",
	"britisch": "Großbritannien", "japanisch": "Japan", "indisch": "Indien",
	"italienisch": "Italien", "spanisch": "Spanien", "türkisch": "Türkei",
	"österreichisch": "Österreich", "schweizer": "Schweiz", "polnisch": "Polen",
	"ukrainisch": "Ukraine", "german": "Germany", "chinese": "China", "russian": "Russia",
	"american": "USA", "french": "France", "british": "Britain", "japanese": "Japan",
}

// trade finds a trade claim in the passage and reports whether it added one.
func (p *passage) trade(quants []quantity) bool {
	low, toks := p.low, p.toks // locals the loop can keep in registers
	inQuote := p.inQuote[:len(toks)]
	if len(low) < 6 {
		toks = nil // no word of six bytes, and too short for partnerTail to read
	}
	for i := range toks {
		// the tail first: it rules out nearly every token, where a test
		// of kind or length would branch on the unpredictable mix of
		// long words, short ones and marks (a token ending before offset
		// 4 is too short anyway: its tail is read from offset 4 then)
		t := &toks[i]
		if !partnerTail(low, max(t.end, 4)) || t.kind != tWord || t.end-t.start < 6 || t.digitLead || inQuote[i] {
			continue
		}
		lw := p.lw(i)
		if p.en && lw == "partner" && i > 0 && p.lw(i-1) == "trading" {
			return p.ranking(i-1, i+1, false)
		}
		for _, s := range partnerNouns {
			if strings.HasSuffix(lw, s) && !strings.Contains(s, " ") && isEnglishPartner(s) == p.en {
				if !weakPartner(s) {
					return p.ranking(i, i+1, false)
				}
				if p.ranking(i, i+1, true) {
					return true
				}
				break // an unranked "Abnehmer": look on
			}
		}
	}
	if len(quants) == 0 || !p.hasFlag(fTrade) {
		return false
	}
	for i := range p.toks {
		if p.inQuote[i] || !p.has(i, fTrade) {
			continue
		}
		q := quants[0]
		subject, partner := p.economies(i)
		if lw := p.lw(i); (lw == "handel" || lw == "trade") && subject == "" && !economyNames[partner] && !p.between(i) {
			continue // trading on an exchange, or in "Sperma": no economies named
		}
		p.x.add(&Found{
			Kind: KindTrade, Start: p.start, End: p.end, Text: p.tradeText(),
			Subject: subject, Partner: partner, Measure: p.w(i),
			Value: q.value, Unit: q.unit, Score: 0.85,
		})
		return true
	}
	return false
}

// isEnglishPartner reports whether the partner noun s is English: each
// language's nouns count only in its texts ("Camden Market" in a German
// report is a place).
func isEnglishPartner(s string) bool {
	switch s {
	case "trading partner", "supplier", "market":
		return true
	}
	return false
}

// weakPartner reports whether the partner noun s names a trade role only
// when a ranking comes with it: "Russlands größter Abnehmer", "its largest
// market", not "der Abnehmer" or "the market".
func weakPartner(s string) bool {
	switch s {
	case "lieferant", "abnehmer", "exporteur", "importeur", "supplier", "market":
		return true
	}
	return false
}

// rankingWord reports whether the lower-case adjective w ranks: a
// superlative ("wichtigster", "zweitgrößte", "largest") or a word such as
// "leading".
func rankingWord(w string) bool {
	switch w {
	case "top", "leading", "main", "major", "key", "erster", "erste", "ersten":
		return true
	}
	for _, tail := range []string{"ster", "ste", "sten", "stes", "stem", "ßter", "ßte", "ßten", "ßtes", "est"} {
		if strings.HasSuffix(w, tail) && len(w) > len(tail)+2 {
			return true
		}
	}
	return false
}

// ranking handles "X ist Ys wichtigster Handelspartner" with the noun in
// tokens [a, b). A weak noun (see weakPartner) needs a ranking adjective.
func (p *passage) ranking(a, b int, weak bool) bool {
	k := a
	ranked := false
	for k > 0 && p.isWord(k-1) && !p.toks[k-1].cap && !p.has(k-1, fDet) && !possessive(p.w(k-1)) &&
		!p.has(k-1, fLinking) && (p.adjective(k-1) || p.en && !p.has(k-1, fPrep)) {
		k--
		ranked = ranked || rankingWord(p.lw(k))
	}
	if weak && !ranked {
		return false
	}
	measure := p.textOf(k, b)
	partner, partnerWord := "", ""
	s := k - 1
	if s >= 0 && p.isWord(s) && (p.toks[s].cap || possessive(p.w(s))) {
		w := p.w(s)
		switch {
		case possessive(w):
			partnerWord = w
			partner = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			s--
			if s >= 0 && p.has(s, fDet) {
				partnerWord = p.lw(s) + " " + w // "the region's"
				s--
			}
		case !p.en && strings.HasSuffix(w, "s") && s > 0 && !p.toks[s-1].cap || !p.en && s > 0 && p.isWord(s-1) && p.toks[s-1].cap:
			partnerWord = w
			partner = genitiveBase(w)
			s--
		}
	}
	subject, verb := "", "ist"
	if p.en {
		verb = "is"
	}
	switch {
	case s >= 0 && p.isWord(s) && p.toks[s].cap && s > 0 && p.has(s-1, fLinking):
		subject, verb = p.w(s), p.lw(s-1)
	case s >= 0 && p.isWord(s) && p.has(s, fLinking):
		if n := p.npLeft(s); !n.empty() {
			subject, verb = p.speaker(n, false), p.lw(s)
		}
	}
	if partner == "" && b+1 < len(p.toks) && p.isWord(b) && (p.lw(b) == "der" || p.lw(b) == "des" || p.lw(b) == "of") {
		if n := p.npRight(b + 1); !n.empty() {
			partner = p.speaker(n, false)
		}
	} else if partner == "" && b < len(p.toks) && p.isWord(b) && p.toks[b].cap && !p.en {
		partner = genitiveBase(p.w(b))
	}
	if subject == "" && partner == "" {
		return false
	}
	text := p.tradeText()
	if subject != "" && partnerWord != "" {
		text = p.x.cat(subject, " ", verb, " ", partnerWord, " ", measure, ".")
	}
	p.x.add(&Found{
		Kind: KindTrade, Start: p.start, End: p.end, Text: text,
		Subject: subject, Partner: partner, Measure: measure, Score: 0.85,
	})
	return true
}

// possessive reports an English possessive: "Russia's", "region's".
func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// economyNames are the economies nationality names.
var economyNames = func() map[string]bool {
	m := make(map[string]bool, len(nationality))
	for _, name := range nationality {
		m[name] = true
	}
	return m
}()

// between reports whether "zwischen" or "between" follows token i closely:
// "der Handel zwischen beiden Nationen".
func (p *passage) between(i int) bool {
	for k := i + 1; k < len(p.toks) && k <= i+3; k++ {
		if p.isWord(k) && (p.lw(k) == "zwischen" || p.lw(k) == "between") {
			return true
		}
	}
	return false
}

// economies guesses the economy a trade measure is about and its partner:
// "Die deutschen Exporte nach China" gives Deutschland and China.
func (p *passage) economies(i int) (subject, partner string) {
	for k := max(0, i-3); k < i; k++ {
		if name, ok := nationality[stem(p.lw(k))]; ok {
			subject = name
		}
		if name, ok := nationality[p.lw(k)]; ok {
			subject = name
		}
	}
	for k := i + 1; k < len(p.toks) && k < i+6; k++ {
		lw := p.lw(k)
		if (lw == "nach" || lw == "mit" || lw == "aus" || lw == "to" || lw == "with" || lw == "from") && p.isWord(k+1) && p.toks[k+1].cap {
			partner = p.w(k + 1)
			break
		}
	}
	return subject, partner
}
