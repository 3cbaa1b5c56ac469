package claims

import "strings"

// nominative names a source given in the dative or genitive in the
// nominative, as a name stands alone: "(laut) Statistischem Landesamt"
// gives "Statistisches Landesamt", "(Angaben) der Deutschen Bahn" gives
// "Deutsche Bahn", "des Bayerischen Rundfunks" gives "Bayerischer
// Rundfunk". An adjective may be in lower case and a phrase with "von"
// may follow the noun, kept as written: "des seismologischen Instituts von
// Athen" gives "seismologisches Institut von Athen". It reports false when
// the phrase is not one or two adjectives before a capitalised noun.
func (p *passage) nominative(n np) (string, bool) {
	if p.en {
		return "", false
	}
	a, det := n.a, ""
	if p.has(a, fDet) {
		det = p.lw(a)
		a++
	}
	last, tail := n.b-1, ""
	for k := a + 2; k < n.b-1; k++ {
		if p.isWord(k) && p.lw(k) == "von" {
			last, tail = k-1, p.textOf(k, n.b)
			break
		}
	}
	if last-a < 1 || last-a > 2 {
		return "", false
	}
	ending := ""
	for k := a; k <= last; k++ {
		if !p.isWord(k) || !p.toks[k].cap && k == last || p.toks[k].upper {
			return "", false
		}
		if k == last {
			break
		}
		lw := p.lw(k)
		if !adjectiveName(lw) || ending != "" && ending != lw[len(lw)-2:] {
			return "", false
		}
		ending = lw[len(lw)-2:]
	}
	noun := p.w(last)
	switch {
	case det == "des" || det == "eines":
		if stem := strings.TrimSuffix(noun, "es"); len(stem) >= 3 && len(stem) < len(noun) && neuterOrMasculine(strings.ToLower(stem)) == "es" {
			noun = stem // "Amtes"
		} else {
			noun = genitiveBase(noun)
		}
		ending = neuterOrMasculine(strings.ToLower(noun))
	case det == "dem" || det == "einem" || det == "vom" || det == "zum" || det == "" && ending == "em":
		ending = neuterOrMasculine(strings.ToLower(noun))
	case det == "der" || det == "einer" || det == "den" || det == "zur" || det == "":
		ending = "e"
	default:
		return "", false
	}
	var b strings.Builder
	for k := a; k < last; k++ {
		w := p.w(k)
		b.WriteString(w[:len(w)-2])
		b.WriteString(ending)
		b.WriteByte(' ')
	}
	b.WriteString(noun)
	if tail != "" {
		b.WriteByte(' ')
		b.WriteString(tail)
	}
	return b.String(), true
}

// adjectiveName reports whether a lower-case word looks like an adjective
// inflected for the dative or genitive inside a name: "statistischem",
// "deutschen", "öffentlichen", "vereinten".
func adjectiveName(lw string) bool {
	if len(lw) < 7 {
		return false
	}
	end := lw[len(lw)-2:]
	if end != "em" && end != "en" && end != "er" {
		return false
	}
	stem := lw[:len(lw)-2]
	for _, s := range []string{"sch", "lich", "ig", "al", "nt", "är", "iv", "ell"} {
		if strings.HasSuffix(stem, s) {
			return true
		}
	}
	return false
}

// neuterNouns end German nouns of neuter gender that name institutions.
var neuterNouns = []string{"amt", "ministerium", "institut", "zentrum", "büro", "gericht", "werk",
	"haus", "komitee", "parlament", "kabinett", "unternehmen", "forum", "blatt", "magazin", "portal",
	"kommando", "team", "bündnis", "konsortium", "sekretariat", "militär", "fernsehen", "kollegium",
	"präsidium", "gremium", "labor", "archiv", "netz", "landeskriminalamt", "ergebnis"}

// neuterOrMasculine returns the strong adjective ending for a noun that is
// neuter ("es") or, as most institution nouns, masculine ("er").
func neuterOrMasculine(noun string) string {
	for _, s := range neuterNouns {
		if strings.HasSuffix(noun, s) {
			return "es"
		}
	}
	return "er"
}
