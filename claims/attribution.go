package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cueKind says how a cue marks an attribution.
type cueKind uint8

const (
	cueSpeech     cueKind = iota // a reporting verb: sagte, betonte, said
	cueHeisst                    // "heißt es", "hieß es": the source is a document
	cueSource                    // laut X, nach Angaben X, according to X
	cuePostSource                // X zufolge
	cueSo                        // „…“, so X.
	cueFollow                    // demnach, wonach: the source named before
	cueBack                      // "Dies bestätigte X.": the passage before is the statement
	cueDocument                  // "wie aus X hervorgeht": the document X is the source
)

// cue is one attribution marker in a passage.
type cue struct {
	kind cueKind
	a, b int // the cue's tokens
	verb cueVerb
	part int // the token of verb.particle, when set
	src  np  // the source phrase of source cues; for "aus X hervorgehen", "aus X"
}

// sourceNouns follow "nach" in a source phrase: "nach Angaben des Senders".
var sourceNouns = words(`angaben informationen aussage aussagen darstellung einschätzung
	einschätzungen ansicht auffassung meinung worten berichten erkenntnissen schätzungen
	ermittlungen recherchen daten zahlen bericht studie stellungnahme schätzung umfrage
	mitteilung meldung auskunft analyse analysen berechnung berechnungen erfahrungen planungen
	erkenntnisstand dokument`)

// datives are the personal pronouns a source phrase takes: "ihm zufolge".
var datives = words(`ihm ihr ihnen mir uns`)

// reportNoun reports whether the word at token k, the last of a source
// phrase, is a source noun, maybe in the genitive, or a compound ending
// in one: "Angaben", "(israelischen) Angaben", "(des) Berichts",
// "Medienberichten", "Polizeiangaben".
func (p *passage) reportNoun(k int) bool {
	if !p.isWord(k) {
		return false
	}
	if p.has(k, fSourceNoun) {
		return true
	}
	lw := p.lw(k)
	if g := genitiveBase(lw); len(g) < len(lw) && sourceNouns.has(g) {
		return true // "(nach Angaben) des Berichts"
	}
	// the longest source noun, "erkenntnisstand", has 15 bytes
	for i := max(len(lw)-16, 1); i+5 <= len(lw); i++ {
		if utf8.RuneStart(lw[i]) && sourceNouns.has(lw[i:]) {
			return true
		}
	}
	return false
}

// mediumNouns name the document a statement comes from: "in einer Erklärung
// des Kremls heißt es".
var mediumNouns = words(`erklärung mitteilung pressemitteilung presseerklärung pressemeldung bericht stellungnahme
	angaben informationen schreiben brief interview rede aussage aussagen meldung
	kommuniqué statement report statement interview verlautbarung studie untersuchung gutachten
	antwort unterlagen dokument dokumenten statistik artikel beitrag`)

// mediumSuffixes end compound nouns that name a document: "Jahresbericht",
// "Kriminalstatistik", "Abschlussbericht".
var mediumSuffixes = []string{"bericht", "statistik", "studie", "mitteilung", "erklärung", "gutachten"}

// medium reports whether token k names a document: a medium noun or a
// compound that ends in one.
func (p *passage) medium(k int) bool {
	if p.has(k, fMedium) {
		return true
	}
	if !p.toks[k].cap || !p.isWord(k) {
		return false
	}
	lw := p.lw(k)
	for _, s := range mediumSuffixes {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// auxiliaries carry a participle cue: "hat gesagt", "wird zitiert".
var auxiliaries = words(`hat haben hatte hatten habe wird wurde werden wurden ist sei war waren has have had was were`)

// minQuoteWords is the shortest quotation, in words, taken as a quotation of
// its own when no cue frames it; shorter ones are scare quotes or titles.
const minQuoteWords = 5

// findCues lists the attribution cues outside quotations.
func (p *passage) findCues(buf []cue) []cue {
	lex := p.x.lex
	n := len(p.toks)
	const starts = fCue | fSource | fPostSource | fCueWord
	if !p.hasFlag(starts) {
		return buf
	}
	for i := 0; i < n; i++ {
		if !p.has(i, starts) || p.inQuote[i] || !p.isWord(i) {
			continue
		}
		lw := p.lw(i)
		if p.toks[i].f&fCue != 0 { // the flag says lex.cues holds the word
			if p.toks[i].cap && (!p.clauseOpens(i) || p.has(i, fSourceNoun)) && !p.en {
				continue // a noun: "Angaben", "Bericht", also first: "Angaben des Instituts zufolge"
			}
			if c, ok := p.verbCue(i, lw, lex.cues[lw]); ok {
				buf = append(buf, c)
			}
			continue
		}
		noun := -1 // the noun of "nach Angaben …", looked for once
		if lw == "nach" {
			noun = p.sourceNounAt(i + 1)
		}
		switch {
		case p.has(i, fSource) && p.isWord(i+1):
			buf = append(buf, cue{kind: cueSource, a: i, b: i + 1, src: p.sourceAt(i + 1)})
		case p.has(i, fSource) && p.isQuote(i+1):
			if src := p.quotedSource(i + 1); !src.empty() {
				buf = append(buf, cue{kind: cueSource, a: i, b: i + 1, src: src})
			}
		case noun > 0:
			b := noun + 1
			if p.lw(i+1) == "eigenen" {
				// "nach eigenen Angaben": the subject speaks
				buf = append(buf, cue{kind: cueSource, a: i, b: b, src: np{b, b, false}})
				break
			}
			src := b
			switch {
			case p.isWord(src) && p.lw(src) == "von":
				src++
			case p.isWord(src) && (p.lw(src) == "vom" || p.has(src, fDet) && p.lw(src) != "den" && p.lw(src) != "dem"):
			default:
				// "nach israelischen Angaben": the phrase is the source
				buf = append(buf, cue{kind: cueSource, a: i, b: b, src: np{i + 1, b, false}})
				continue
			}
			buf = append(buf, cue{kind: cueSource, a: i, b: b, src: p.sourceAt(src)})
		case lw == "nach" && p.viewBefore(i):
			// "Seiner Meinung nach …": whose view the possessive says, as
			// with "nach eigenen Angaben"
			buf = append(buf, cue{kind: cueSource, a: i - 2, b: i + 1, src: np{i + 1, i + 1, false}})
		case lw == "according" && i+1 < n && p.lw(i+1) == "to":
			buf = append(buf, cue{kind: cueSource, a: i, b: i + 2, src: p.npRight(i + 2)})
		case p.has(i, fPostSource):
			src := p.npLeft(i)
			if !src.empty() {
				buf = append(buf, cue{kind: cuePostSource, a: i, b: i + 1, src: src})
			}
		case lw == "so" && !p.en && (p.is(i-1, ',') || p.isQuote(i-1)):
			src := p.npRight(i + 1)
			if !src.empty() && (p.boundary(src.b) || p.isWord(src.b) && p.has(src.b, fPrep) ||
				p.isWord(src.b) && !p.toks[src.b].cap && p.boundary(src.b+1)) { // "so Elshorst weiter:", "so Guttenberg wörtlich."
				buf = append(buf, cue{kind: cueSo, a: i, b: i + 1, src: src})
			}
		case lw == "vernehmen" && p.isWord(i+1) && p.lw(i+1) == "nach":
			buf = append(buf, cue{kind: cueSource, a: max(i-1, 0), b: i + 2, src: np{i + 2, i + 2, false}})
		case lw == "bekannt" && p.isWord(i+1) && p.lw(i+1) == "gegeben" && !p.notBefore(i):
			// the participle written apart: "hat … bekannt gegeben, dass"
			// ("noch nicht offiziell bekannt gegeben" reports nothing)
			if c, ok := p.verbCue(i+1, "gegeben", cueVerb{participle: true}); ok && c.kind == cueSpeech {
				c.a = i
				buf = append(buf, c)
			}
		case lw == "bekannt" && (p.isWord(i+1) && (p.lw(i+1) == "wurde" || p.lw(i+1) == "geworden") || p.isWord(i-1) && p.lw(i-1) == "wurde") &&
			(p.lw(0) == "wie" || p.firstOutside(i, "dass") > 0):
			buf = append(buf, cue{kind: cueFollow, a: i, b: i + 1})
		case lw == "demnach" || lw == "wonach":
			buf = append(buf, cue{kind: cueFollow, a: i, b: i + 1})
		}
	}
	return buf
}

// viewVerb reports a form of "halten" or "zeigen" from the cue lexicon,
// which reports a view only in the frame viewFrame checks.
func viewVerb(lw string) bool {
	switch lw {
	case "hält", "hielt", "halten", "hielten", "zeigte", "zeigten", "zeigt":
		return true
	}
	return false
}

// attributive reports a cue form at token i used as an adjective: after
// an article or a preposition inside the sentence and before a noun
// ("mit einer bestätigten Höchstgeschwindigkeit", "die gemeldeten Fälle").
// "das" may be a pronoun before the verb: "…, das bestätigte Trainer Kuhn".
func (p *passage) attributive(i int) bool {
	return i > 0 && p.isWord(i-1) && !p.toks[i-1].cap && p.has(i-1, fDet|fPrep) && p.lw(i-1) != "das" &&
		p.isWord(i+1) && p.toks[i+1].cap && !p.has(i+1, fDet)
}

// naming reports a form of "nennen" or "bezeichnen" at token i that gives
// a name, not a statement: reflexive ("nennt sich", "wie er sich selbst
// nannte") or with the impersonal "man" ("Als Lichtjahr bezeichnet man
// …").
func (p *passage) naming(i int, lw string) bool {
	if !strings.HasPrefix(lw, "nenn") && !strings.HasPrefix(lw, "nann") && !strings.HasPrefix(lw, "bezeichn") {
		return false
	}
	if p.isWord(i+1) && (p.lw(i+1) == "sich" || p.lw(i+1) == "man") {
		return true
	}
	// the verb last: "wie er sich selbst gerne nannte"
	for k := i - 1; k >= 0 && k >= i-4 && p.isWord(k); k-- {
		if lw := p.lw(k); lw == "sich" || lw == "man" {
			return true
		}
	}
	return false
}

// sentenced reports "verurteilt" in a passive ("wurde zu zwei Jahren Haft
// verurteilt"): a court's sentence, not a condemnation someone voiced.
func (p *passage) sentenced(i int, lw string) bool {
	if !strings.HasPrefix(lw, "verurteil") {
		return false
	}
	if aux := p.auxBefore(i); aux >= 0 {
		switch p.lw(aux) {
		case "wird", "wurde", "werden", "wurden":
			return true
		}
	}
	return p.isWord(i+1) && (p.lw(i+1) == "worden" || p.lw(i+1) == "werden")
}

// viewAdjectives say how someone sees a matter in "zeigte sich besorgt,
// dass …".
var viewAdjectives = words(`besorgt überzeugt zuversichtlich optimistisch enttäuscht erfreut
	zufrieden erleichtert skeptisch überrascht empört verwundert beunruhigt`)

// viewFrame reports the frame in which a form of "halten" (halten set) or
// "zeigen" at token i reports a view: "hält es für möglich, dass …" ("für"
// before the clause's first comma, a dass- or ob-clause after it),
// "zeigte sich besorgt, dass …" ("sich" and an adjective of
// viewAdjectives; whether a clause follows is left to reports).
func (p *passage) viewFrame(i int, halten bool) bool {
	if !halten {
		if !p.isWord(i+1) || p.lw(i+1) != "sich" {
			return false
		}
		for k := i + 2; k < len(p.toks) && k <= i+4 && p.isWord(k); k++ {
			if viewAdjectives.has(p.lw(k)) {
				return true
			}
		}
		return false
	}
	fuer := false
	for k := i + 1; k < len(p.toks) && k <= i+12; k++ {
		switch {
		case p.inQuote[k]:
			return false
		case p.is(k, ','):
			// the view's content: a dass- or ob-clause ("hält diese für
			// eine Verräterin, da …" gives a reason, not a view)
			return fuer && p.isWord(k+1) && (p.lw(k+1) == "dass" || p.lw(k+1) == "daß" || p.lw(k+1) == "ob")
		case p.boundary(k):
			return false
		case p.isWord(k) && p.lw(k) == "für":
			fuer = true
		}
	}
	return false
}

// notBefore reports "nicht" among the three words before token i in its
// clause, a negation of the verb there ("wollte nicht bestätigen", "ist
// noch nicht entschieden"); "nicht nur" negates nothing.
func (p *passage) notBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && p.isWord(k); k-- {
		if p.toks[k].end-p.toks[k].start == len("nicht") && p.lw(k) == "nicht" && !(p.isWord(k+1) && p.lw(k+1) == "nur") {
			return true
		}
	}
	return false
}

// viewNouns name a view that "nach" after them attributes: "Seiner Meinung
// nach".
var viewNouns = words(`meinung ansicht auffassung einschätzung überzeugung sicht`)

// viewBefore reports "seiner" or "ihrer" and a view noun before "nach" at
// token i, outside a quotation: "Ihrer Ansicht nach sei …". The speaker's
// own "meiner Meinung nach" only occurs inside the quotation.
func (p *passage) viewBefore(i int) bool {
	if i < 2 || p.inQuote[i-2] || !p.isWord(i-1) || !p.toks[i-1].cap || !viewNouns.has(p.lw(i-1)) || !p.isWord(i-2) {
		return false
	}
	lw := p.lw(i - 2)
	return lw == "seiner" || lw == "ihrer"
}

// sourceAt returns the source phrase that starts at token i after "laut"
// or "nach Angaben von": a noun phrase, a web address ("ndr.de") or a
// short name written in lower case ("dpa", "n24", "n-tv").
func (p *passage) sourceAt(i int) np {
	if e := p.domainEnd(i); e > 0 {
		return np{i, e, false} // "laut ndr.de"
	}
	q := i
	if p.has(i, fDet) {
		q++ // "nach einem Bericht der „Frankfurter Allgemeine Zeitung“"
	}
	if p.isQuote(q) {
		if src := p.quotedSource(q); !src.empty() {
			return src
		}
	}
	n := p.npRight(i)
	if n.empty() && n.a == i && p.lowerName(i, true) {
		return np{i, i + 1, false}
	}
	return n
}

// lowerName reports a name written in lower case at token i: a word the
// lexicon does not know that holds a digit or a hyphen ("n24", "n-tv") or,
// when short is set because a determiner or "laut" comes before, has at
// most four letters ("dpa", "die taz"). Inflected adjectives and words
// that join clauses are no names.
func (p *passage) lowerName(i int, short bool) bool {
	if !p.isWord(i) || p.toks[i].cap || p.toks[i].f != 0 || p.inQuote[i] || p.adjective(i) {
		return false
	}
	w := p.lw(i)
	for k := 0; k < len(w); k++ {
		if c := w[k]; c == '-' || c >= '0' && c <= '9' {
			return true
		}
	}
	return short && len(w) <= 4 && !andWords.has(w)
}

// domainEnd returns the index after a web address written as its domain
// that starts at token i ("ndr.de", "faz.net", "spiegel.de"), or -1.
func (p *passage) domainEnd(i int) int {
	k := i
	for p.isWord(k) && p.is(k+1, '.') && p.isWord(k+2) &&
		p.toks[k].end == p.toks[k+1].start && p.toks[k+1].end == p.toks[k+2].start {
		k += 2
		if topLevel.has(p.lw(k)) {
			return k + 1
		}
	}
	return -1
}

// topLevel are the top-level domains that end a source's web address.
var topLevel = words(`de com net org at ch eu info uk fr it nl tv`)

// sourceNounAt returns the index of the noun of a source phrase that starts
// at token i ("Angaben", "offiziellen Angaben", "Zeugenaussagen"), or -1.
func (p *passage) sourceNounAt(i int) int {
	for k := i; k < len(p.toks) && k < i+3; k++ {
		if !p.isWord(k) || p.inQuote[k] {
			return -1
		}
		if p.toks[k].cap {
			lw := p.lw(k)
			if sourceNouns.has(lw) {
				return k
			}
			for _, s := range []string{"angaben", "aussagen", "berichten", "bericht", "informationen", "erkenntnissen", "meinung", "einschätzung", "schätzungen", "ergebnis", "ergebnissen", "berechnungen"} {
				if strings.HasSuffix(lw, s) {
					return k
				}
			}
			return -1
		}
		if !p.adjective(k) && !p.has(k, fDet) {
			return -1
		}
	}
	return -1
}

// verbCue checks that a reporting verb form really reports here.
func (p *passage) verbCue(i int, lw string, v cueVerb) (cue, bool) {
	c := cue{kind: cueSpeech, a: i, b: i + 1, verb: v}
	if lw == "heißt" || lw == "hieß" {
		if p.isWord(i+1) && p.lw(i+1) == "es" || p.isWord(i-1) && p.lw(i-1) == "es" {
			c.kind = cueHeisst
			if p.lw(i+1) == "es" {
				c.b = i + 2
			}
			return c, true
		}
		return c, false
	}
	pk := -1 // the particle's token
	switch {
	case v.particle != "" && p.bekanntBefore(i, v):
		// "wie die Stadt bekannt gab": the particle written apart before
		// the verb that ends a subordinate clause
		c.a, c.verb.particle = i-1, ""
	case v.particle != "":
		// one scan for all the verb's particles ("aus|hervor"): the one
		// that ends the clause is the verb's
		var buf [4]string
		parts := buf[:0]
		for rest := v.particle; rest != "" && len(parts) < len(buf); {
			var part string
			part, rest, _ = strings.Cut(rest, "|")
			parts = append(parts, part)
		}
		if pk = p.clauseFinal(i, parts...); pk < 0 {
			return c, false
		}
		c.verb.particle, c.part = p.lw(pk), pk
	}
	switch lw[0] { // forms that need a closer look, told apart by their first letter
	case 'g', 'h':
		if c.verb.particle == "hervor" && (strings.HasPrefix(lw, "geh") || strings.HasPrefix(lw, "ging")) || strings.HasPrefix(lw, "hervorg") {
			return p.documentCue(c)
		}
		if viewVerb(lw) && !p.viewFrame(i, true) {
			return c, false
		}
	case 'e', 'b':
		if (strings.HasPrefix(lw, "erg") || strings.HasPrefix(lw, "bestätigt")) && p.isWord(i+1) && p.lw(i+1) == "sich" {
			return c, false // "ergab sich der Polizei", "bestätigt sich die Befürchtung": no one reports
		}
		if p.naming(i, lw) {
			return c, false // "Als Lichtjahr bezeichnet man …"
		}
	case 'n':
		if p.naming(i, lw) {
			return c, false // "wie er sich selbst nannte"
		}
	case 'v':
		if !p.en && p.sentenced(i, lw) {
			return c, false // "wurde zu zwei Jahren Haft verurteilt"
		}
	case 'z':
		if viewVerb(lw) && !p.viewFrame(i, false) {
			return c, false
		}
	case 'm':
		if lw == "meinen" && (p.has(i-1, fPrep) || p.isWord(i+1) && (p.toks[i+1].cap || p.adjective(i+1))) {
			return c, false // the possessive: "mit meinen Freunden"
		}
	}
	if strings.HasPrefix(lw, "sag") && p.clauseFinal(i, "ab", "zu") >= 0 {
		return c, false
	}
	if v.thought && len(p.quotes) == 0 && p.firstOutside(i+1, "dass", "daß", "that") < 0 && !p.is(i+1, ':') && !(v.particle == "" && p.is(i+1, ',')) && !p.soFrame(i) {
		return c, false
	}
	if !p.reports(i) && !p.trailingFrame(i, pk) && p.englishFrameStart(i) < 0 {
		if !v.participle && !v.thought && p.backReference(i, pk) {
			c.kind = cueBack
			return c, true
		}
		return c, false
	}
	if !p.en && (p.notBefore(i) || p.attributive(i)) {
		// "wollte nicht bestätigen, dass …", "einer bestätigten
		// Höchstgeschwindigkeit": no one reports
		return c, false
	}
	if p.inRelative(i) {
		return c, false
	}
	if v.participle && p.auxBefore(i) < 0 {
		// the auxiliary last in a clause with "wie": "Wie die Stadt
		// mitgeteilt hat, …"; the cue takes it in
		// ("wie er genannt wird" tells a name)
		if lw == "genannt" || !p.isWord(i+1) || !p.has(i+1, fAux) || p.inQuote[i+1] || !p.boundary(i+2) || p.wieBefore(i+1) < 0 {
			return c, false
		}
		c.b = i + 2
	}
	if v.thought && !strings.HasPrefix(lw, "vermut") && !strings.HasPrefix(lw, "befürcht") {
		if aux := p.auxBefore(i); aux >= 0 && (p.lw(aux) == "wird" || p.lw(aux) == "wurde") {
			// "Es wird erwartet, dass …" is a forecast; "Es wird
			// vermutet, dass …" and "befürchtet" pass on what someone
			// suspects, as the Wikinews annotators read it too
			return c, false
		}
	}
	return c, true
}

// reports reports whether the passage holds what a reporting verb at token
// i reports: a quotation, a clause with dass, ob or a question word, a
// clause after a comma or colon, a verb in Konjunktiv or an infinitive with
// zu. "Der Sprecher bestätigte den Unfall" reports an act, not a statement,
// and is no attribution.
func (p *passage) reports(i int) bool {
	if len(p.quotes) > 0 || p.frameAtEnd(i) || p.en && p.urging(i) {
		return true // a quotation, "Das Wetter wird schön, sagte …", or "urged X to …"
	}
	skip := 0 // the end of a name in apposition: "teilte der Chef, Jens Kuhn, mit"
	for k := range p.toks {
		if p.inQuote[k] {
			continue
		}
		if p.has(k, fSubj) {
			return true
		}
		if k <= i || k <= skip {
			continue
		}
		if p.is(k, ',') && !p.en {
			if e := p.appositionEnd(k); e > k {
				skip = e
				continue
			}
		}
		if p.is(k, ':') || p.is(k, ',') && k+1 < len(p.toks) && (!p.en || k == i+1) && !p.relativeAfter(k) {
			// (an English clause after the verb follows it at once: "added,
			// “…”", not "added 254,000 jobs in September, …")
			return true
		}
		if !p.isWord(k) {
			continue
		}
		switch p.lw(k) {
		case "dass", "daß", "ob", "warum", "weshalb", "wieso", "wann", "wo", "wer", "was", "wie",
			"that", "whether", "why", "how", "what":
			return true
		case "zu":
			if p.isWord(k+1) && !p.toks[k+1].cap && strings.HasSuffix(p.lw(k+1), "en") {
				return true
			}
		case "would", "will", "had", "were", "is", "are", "has", "have", "could", "should", "must", "can", "did", "does":
			// "said the bridge would reopen", not "added 254,000 jobs,
			// more than economists had expected"
			return p.en && k-i <= 6 && p.wordsOnly(i+1, k)
		}
		// "said the city expects …", "told CNBC the numbers showed …":
		// "say" and "tell" need no "that"
		if p.en && len(p.toks)-k >= 3 {
			switch p.lw(i) {
			case "said", "says", "say":
				return true
			case "told", "tells":
				// a clause with its own subject after the addressee, not
				// "told me nothing"
				s := p.afterAddressee(i, i+1)
				return len(p.toks)-s >= 3 && p.isWord(s) && (p.has(s, fDet|fPron) || p.toks[s].cap)
			}
		}
		if lw := p.lw(k); len(lw) >= 8 && !p.toks[k].cap && strings.HasSuffix(lw, "en") && strings.Contains(lw[2:len(lw)-4], "zu") {
			return true
		}
	}
	return false
}

// endWords returns the number of tokens without the passage's final
// sentence mark.
func (p *passage) endWords() int {
	n := len(p.toks)
	if n > 0 && (p.is(n-1, '.') || p.is(n-1, '!')) {
		n--
	}
	return n
}

// bareNP reports whether tokens [a, b) are a noun phrase and nothing
// else: capitalised words, articles, prepositions and adjectives ("Der
// Vorsitzende des Bauhauptverbands in Deutschland", "Martin Behrsing").
func (p *passage) bareNP(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if !p.isWord(k) || p.inQuote[k] || !p.toks[k].cap && !p.has(k, fDet|fPrep) && !p.adjective(k) {
			return false
		}
	}
	return true
}

// namingVerb reports whether lw is a form of "nennen" or "bezeichnen",
// which give their object a name: "nannte die Kartoffel „überflüssig“".
func namingVerb(lw string) bool {
	return strings.HasPrefix(lw, "nann") || strings.HasPrefix(lw, "nenn") || strings.HasPrefix(lw, "bezeichn")
}

// wordsOnly reports whether tokens [a, b) are all words.
func (p *passage) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !p.isWord(k) {
			return false
		}
	}
	return true
}

// relativeAfter reports a relative clause after the comma at token k,
// which describes a noun and reports nothing: "kritisiert eine Änderung,
// die zwei Monate vor der Wahl in Kraft trat", "die Fehlerkette, welche
// …". After "die", "der" or "das" a reported main clause puts its verb
// right after its subject ("…, die Steuern würden steigen"); a relative
// clause does not.
func (p *passage) relativeAfter(k int) bool {
	if p.en || !p.isWord(k+1) || !p.has(k+1, fRel) || p.inQuote[k+1] {
		return false
	}
	switch p.lw(k + 1) {
	case "welche", "welcher", "welches", "denen", "dessen", "deren":
		return true
	}
	n := p.npRight(k + 1)
	if n.empty() || n.pp || !p.isWord(n.b) {
		return false
	}
	v := n.b
	return (p.toks[v].cap || p.has(v, fPrep|fDet|fAdv|fConj) && !p.has(v, fFinite|fSubj)) &&
		!p.zuInfinitive(k+1, len(p.toks)) // "…, der Drahtzieher gewesen zu sein"
}

// inRelative reports whether token i ends a relative clause: ", die sich zu
// … äußern, …" describes, it does not report.
func (p *passage) inRelative(i int) bool {
	if !p.boundary(i+1) || p.isQuote(i+1) {
		return false
	}
	for k := i - 1; k > 0 && k >= i-25; k-- {
		if p.inQuote[k] {
			continue
		}
		if c := p.mark(k); c == ',' || c == ':' || c == ';' {
			// "…, den die New York Times zitiert, …": a relative pronoun
			// before an article
			return p.has(k+1, fRel) && (!p.has(k+2, fDet|fPrep) || p.has(k+2, fDet) && p.oblique(k+1))
		}
	}
	return false
}

// frameAtEnd reports a reporting verb after a comma that ends the passage
// with its speaker: "…, sagte der Meteorologe am Abend."
func (p *passage) frameAtEnd(i int) bool {
	if i < 2 || !p.is(i-1, ',') || len(p.toks)-i > 12 || !strings.HasPrefix(p.lw(i), "sag") && !strings.HasPrefix(p.lw(i), "erklär") && !strings.HasPrefix(p.lw(i), "beton") {
		return false
	}
	for k := i + 1; k < len(p.toks); k++ {
		if c := p.mark(k); c == ',' || c == ':' || c == ';' {
			return false
		}
	}
	return true
}

// clauseFinal returns the index of the first of the words ws after token i
// that ends its clause (a separable particle: "teilte … mit."), or -1. It
// finds one when clauseFinal finds it for any of ws alone: each stops at
// the same mark.
func (p *passage) clauseFinal(i int, ws ...string) int {
	for k := i + 1; k < len(p.toks) && k < i+30; k++ {
		if p.inQuote[k] {
			continue
		}
		if p.isWord(k) && slices.Contains(ws, p.lw(k)) && (k+1 == len(p.toks) || p.boundary(k+1) || p.lw(k+1) == "dass") {
			return k
		}
		if c := p.mark(k); c == '.' || c == ';' {
			return -1
		}
	}
	return -1
}

// auxBefore returns the auxiliary verb within a few words before token i, or
// -1.
func (p *passage) auxBefore(i int) int {
	// eight tokens, not counting an abbreviation in parentheses: "hatte das
	// deutsche Organisationskomitee (OK) der Fußball-Weltmeisterschaft betont"
	reach := i - 8
	for k := i - 1; k >= 0 && k >= reach; k-- {
		if p.is(k, ')') && k >= 2 && p.is(k-2, '(') && p.isWord(k-1) {
			k -= 2
			reach -= 3
			continue
		}
		if c := p.mark(k); p.inQuote[k] || c == '.' || c == ',' || c == ':' {
			return -1
		}
		if p.isWord(k) && p.has(k, fAux) {
			return k
		}
	}
	return -1
}

// attribution finds the passage's attribution and adds it as a claim. It
// returns the first token of the frame's cue, or -1 when the passage holds
// no attribution.
func (p *passage) attribution() int {
	x := p.x
	keep(&x.cues, p.findCues(x.cues[:0]))
	var speech, source, follow, back *cue
	for k := range x.cues {
		c := &x.cues[k]
		switch c.kind {
		case cueSpeech, cueHeisst, cueDocument:
			if speech == nil || speech.verb.thought && !c.verb.thought {
				speech = c
			}
		case cueSource, cuePostSource, cueSo:
			if source == nil {
				source = c
			}
		case cueFollow:
			follow = c
		case cueBack:
			back = c
		}
	}
	a := attr{p: p, sp: np{-1, -1, false}, back: -1, aux: -2}
	switch {
	case speech != nil:
		a.frameSpeech(speech)
		if viewVerb(p.lw(speech.a)) {
			// "hält es für unwahrscheinlich, dass …": the clause alone
			// would state the opposite of the view
			a.whole = true
		}
		if source != nil {
			a.according = p.sourceName(source.src, source.kind != cueSo)
			a.src = source
			if a.sp.b == a.sp.a+1 && p.has(a.sp.a, fPron) && source.kind == cueSource && p.x.personIndex(a.according) >= 0 {
				// "Die Ausfälle würden laut Finanzminister Peer Steinbrück
				// nicht ausgeglichen, ließ er verlautbaren": the pronoun
				// is the person the sentence names
				a.speaker = a.according
			}
		} else if a.according == "" && strings.HasPrefix(p.lw(speech.a), "zitiert") {
			// "Platter wird von der Nachrichtenagentur Reuters mit den
			// Worten zitiert": who quotes is the source
			if n := p.quotedBy(speech.a); !n.empty() {
				a.according = p.sourceName(n, true)
				if von := n.a - 1 - btoi(p.has(n.a-1, fDet)) - btoi(p.isQuote(n.a-1)); a.sp.a < von && von < a.sp.b {
					// "wie Hoyzer von Spiegel-Online zitiert wird": the
					// speaker without the source
					a.sp.b = von
					a.speaker = p.speaker(a.sp, false)
				}
			}
		}
		if a.according == a.speaker {
			a.according = ""
		}
		a.passiveSubject()
		a.cueAt = speech.a
	case back != nil && source == nil:
		a.frameBack(back)
	case source != nil:
		a.src = source
		a.speaker = p.sourceName(source.src, source.kind != cueSo)
		a.sp = source.src
		a.cue = p.textOf(source.a, source.b)
		a.cueAt = source.a
		if a.speaker != "" && source.kind != cueSo && (p.reportNoun(source.src.b-1) || source.src.b == source.src.a+1 && datives.has(p.lw(source.src.a))) {
			// "Medienberichten zufolge", "nach israelischen Angaben": the
			// source names a report, not who made it, and as a label it
			// would stand in the dative ("Medienberichten: …") or lose
			// the preposition that makes it a source ("Angaben: …"); the
			// sentence as written reads alone and keeps it. So does a
			// pronoun nobody could resolve ("Ihnen zufolge").
			a.asWritten = true
		}
		if a.speaker == "" {
			// "nach eigenen Angaben": the sentence's subject speaks
			// ("Seiner Meinung nach …": someone named before, not the subject)
			own := !p.viewBefore(source.b - 1)
			if first := p.npRight(0); !first.empty() && first.b <= source.a && own {
				a.speaker = p.speaker(first, true)
				a.sp = np{-1, -1, false}
			} else if subj := p.frontSubject(len(p.toks)); own && source.a == 0 && p.lw(0) == "nach" && !subj.empty() && !p.has(subj.a, fPron) {
				// "Nach eigenen Angaben hat das Unternehmen …": the subject
				// after the verb ("Dem Vernehmen nach" names no one)
				a.speaker = p.speaker(subj, true)
			} else if x.lastSpeaker != "" {
				a.speaker = x.lastSpeaker
			} else {
				a.speaker = x.lastPerson() // "Seiner Meinung nach …" after a sentence about him
			}
		}
	case follow != nil || p.followOn():
		a.speaker = x.lastSpeaker
		if follow != nil && p.lw(follow.a) == "wonach" && p.is(follow.a-1, ',') {
			// "… konnte Medienberichte nicht bestätigen, wonach …": the
			// reports say it
			k := follow.a - 2 // the noun, maybe before a verb ("nicht bestätigen")
			for k > 0 && k > follow.a-5 && !(p.isWord(k) && p.toks[k].cap) {
				k--
			}
			if n := p.npLeft(k + 1); !n.empty() && !n.pp {
				a.speaker = p.speaker(n, false)
			}
		}
		if follow == nil {
			// "Der Senat hatte sich erhofft, dass … seien": the Konjunktiv
			// sits in a clause after the main one, whose subject speaks
			if n := p.mainSubject(); !n.empty() {
				a.speaker = p.speaker(n, true)
			} else if x.newSubject() {
				// someone new took the floor since the last attribution
				a.speaker = x.lastSubject
			} else if name := x.namedSinceAttr(2); name != "" {
				// someone named in full since the last attribution: "Am
				// Montag will Finanzbürgermeister Hartmut Vorjahn eine
				// Vorlage präsentieren. Der Ausschuss werde …"
				a.speaker = name
			}
		}
		if a.speaker == "" {
			// no speaker known: the subject of the sentence before
			a.speaker = x.lastSubject
		}
		a.cueAt = 0
		if follow != nil {
			a.cue = p.w(follow.a)
			a.cueAt = follow.a
		}
		a.followOn = true
	case p.opinionClause() >= 0:
		// "Die Partei ist der Meinung, dass …": the subject's view
		if n := p.npRight(0); !n.empty() && !n.pp {
			a.setSpeaker(n)
		}
		a.cueAt = p.opinionClause()
		a.cue = p.w(a.cueAt)
	case p.characterization() >= 0:
		// "bezeichnete die Lage als „ernst“", "called the plan “…”": the
		// subject's words
		a.cueAt = p.characterization()
		a.cue = "als"
		n := p.npRight(0)
		if p.en {
			a.cue = p.w(a.cueAt)
			// English nouns are lower case: npRight would run on
			if n = p.subjectBefore(a.cueAt); n.empty() && a.cueAt <= 4 && p.has(0, fDet) {
				n = np{0, a.cueAt, false} // "The finance ministry called …"
			}
		}
		if !n.empty() && !n.pp {
			a.setSpeaker(n)
		}
	case p.longQuote():
		if n := p.colonSubject(); !n.empty() {
			// "Hier sparte der Präsident nicht mit Kritik: „…“"
			a.setSpeaker(n)
		} else if x.lastAttr >= x.unit-1 && x.lastAttr >= 0 {
			a.speaker = x.lastSpeaker
		} else if x.newSubject() {
			// „…“ after a sentence about someone new: "Sadiq Khan
			// verurteilte die Haltung der Regierung. „Diese Regierung …“"
			a.speaker = x.lastSubject
		} else if name := x.namedSinceAttr(2); name != "" {
			a.speaker = name
		} else {
			a.speaker = x.lastSpeaker
		}
		a.cueAt = 0
		a.followOn = true
	default:
		return -1
	}
	a.emit()
	return a.cueAt
}

// opinionNouns name a view or a statement whose content a dass-clause gives:
// "der Meinung, dass …", "die Forderung, dass …".
var opinionNouns = words(`meinung ansicht auffassung überzeugung befürchtung hoffnung forderung
	vorwurf vorwürfe behauptung aussage warnung einschätzung standpunkt position erwartung`)

// opinionClause returns the index of an opinion noun followed by ", dass",
// or -1.
func (p *passage) opinionClause() int {
	// "dass" is a conjunction: the flag test ends most passages' scan early
	if p.en || !p.hasFlag(fConj) {
		return -1
	}
	for i := 0; i+2 < len(p.toks); i++ {
		if p.toks[i+2].f&fConj != 0 && p.toks[i].cap && !p.inQuote[i] && p.is(i+1, ',') && p.isWord(i+2) && p.lw(i+2) == "dass" && opinionNouns.has(p.lw(i)) {
			return i
		}
	}
	return -1
}

// characterization returns the index of "als" before a quotation that
// characterises something in someone's words ("als „inakzeptabel“"), or -1.
func (p *passage) characterization() int {
	if len(p.quotes) == 0 {
		return -1 // an unpaired mark opens no quotation
	}
	if p.en {
		return p.englishCharacterization()
	}
	// "als" is a conjunction and a qualifier: without both flags it is absent
	if !p.hasFlag(fConj) || !p.hasFlag(fQualifier) {
		return -1
	}
	for i := 1; i < len(p.toks); i++ {
		if p.toks[i].kind == tQuoteOpen || p.toks[i].kind == tQuoteAmb {
			if p.isWord(i-1) && p.lw(i-1) == "als" && !p.inQuote[i-1] {
				if p.standing() {
					return -1
				}
				return i - 1
			}
		}
	}
	return -1
}

// characterizingVerbs give something a name in quotation marks: "called
// the plan “a drop in the ocean”", "described it as “reckless”".
var characterizingVerbs = words(`call calls called dub dubs dubbed label labels labelled labeled
	describe describes described brand brands branded`)

// englishCharacterization returns the index of a verb of characterizingVerbs
// at most four words before an opening quotation mark, or -1.
func (p *passage) englishCharacterization() int {
	for i := 1; i < len(p.toks); i++ {
		if p.toks[i].kind != tQuoteOpen && p.toks[i].kind != tQuoteAmb || p.inQuote[i-1] {
			continue
		}
		for k := i - 1; k >= 1 && k >= i-4 && p.isWord(k); k-- {
			if characterizingVerbs.has(p.lw(k)) {
				return k
			}
		}
	}
	return -1
}

// standing reports a verb outside quotations that says what something is
// known as, counts as or serves as, not what someone called it: "gilt als
// „heimlicher Regierungschef“", "ist als „Poe Toaster“ bekannt",
// "präsentiert sich als „Schule ohne Rassismus“", "wurde als „Stadt der
// Musik“ ausgezeichnet". A switch, not a map: it looks at every word.
func (p *passage) standing() bool {
	for k := range p.toks {
		if p.inQuote[k] || !p.isWord(k) || p.toks[k].cap {
			continue
		}
		switch p.lw(k) {
		case "gilt", "galt", "galten", "gelten", "dient", "diente", "dienten", "dienen", "bekannt",
			"präsentiert", "präsentierte", "präsentierten", "präsentieren", "ausgezeichnet", "sehen", "gesehen":
			return true
		}
	}
	return false
}

// followOn reports a passage in reported speech: a verb in Konjunktiv I
// ("sei", "habe", "werde"), or, right after an attribution, in Konjunktiv
// II. It carries the last speaker on. Hearsay with "soll … haben" is left
// alone: annotated news corpora do not count it as a quotation.
func (p *passage) followOn() bool {
	if !p.hasFlag(fSubj) {
		return false // no Konjunktiv at all: the common case
	}
	x := p.x
	after := x.lastAttr >= 0 && x.lastAttr >= x.unit-1
	for i := range p.toks {
		if p.inQuote[i] || !p.has(i, fSubj) || i > 0 && p.lw(i-1) == "ich" {
			continue
		}
		if after || konjunktivOne.has(p.lw(i)) {
			return true
		}
	}
	return false
}

// mainSubject returns the subject that opens the passage when the passage's
// first Konjunktiv verb only comes in a later clause, or an empty phrase.
func (p *passage) mainSubject() np {
	for i := range p.toks {
		if p.inQuote[i] {
			continue
		}
		if p.has(i, fSubj) {
			return np{0, 0, false}
		}
		if p.is(i, ',') && p.has(i+1, fRel) {
			return np{0, 0, false} // "Personen, die …, seien": all reported
		}
		if p.is(i, ',') || p.is(i, ':') || p.isWord(i) && p.lw(i) == "dass" {
			break
		}
	}
	n := p.npRight(0)
	if n.empty() || n.pp || p.has(n.a, fPron) && p.x.lastSpeaker != "" {
		return np{0, 0, false}
	}
	return n
}

// subject keeps what the noun phrase that opened a passage was made of,
// so that whether it names someone who speaks can be decided later, only
// for the few passages that ask (see newSubject), while the passage's
// tokens are gone.
type subject struct {
	unit     int    // the unit it opened
	head     string // its first capitalised word other than a determiner, as written
	flags    uint32 // the lexicon flags of the head and the capitalised words after it
	names    int    // how many capitalised words the head starts
	reported bool   // the passage is in Konjunktiv: part of someone's speech
}

// subjectOf records the noun phrase n as the passage's subject. Its head
// is the first noun, not the last word: in "Der Versuch des amtierenden
// Präsidenten" the subject is a Versuch.
func (p *passage) subjectOf(n np) subject {
	s := subject{unit: p.x.unit, reported: p.hasFlag(fSubj)}
	k := n.a
	for k < n.b && (!p.toks[k].cap || p.has(k, fDet)) {
		s.flags |= p.toks[k].f & fPron
		k++
	}
	if k < n.b {
		s.head = p.w(k)
	}
	for ; k < n.b && p.toks[k].cap && !p.has(k, fDet); k++ {
		s.flags |= p.toks[k].f
		s.names++
	}
	return s
}

// groupSuffixes end nouns that name an institution or a group that speaks
// as one: "Kriminalpolizei", "Robert-Koch-Institut", "Gesundheitsbehörde".
var groupSuffixes = []string{"polizei", "behörde", "behörden", "institut", "amt", "ministerium",
	"gericht", "verband", "partei", "regierung", "kommission", "gewerkschaft", "agentur",
	"zeitung", "sender", "konzern", "organisation", "vertreter", "rat", "staatsanwaltschaft",
	"feuerwehr", "armee", "militär", "bank", "union", "bündnis", "fraktion", "verein", "welle"}

// speaks reports whether the subject may name someone who speaks: a
// pronoun, a given name, a group, a name of two capitalised words
// ("Deutsche Welle"), a role or a name the article gave.
func (s *subject) speaks(x *extractor) bool {
	if s.flags&(fGroup|fPron|fFirstName) != 0 || s.names >= 2 {
		return true
	}
	if s.head == "" {
		return false
	}
	low := strings.ToLower(s.head)
	for _, g := range groupSuffixes {
		if strings.HasSuffix(low, g) {
			return true
		}
	}
	_, known := x.personByPart(s.head)
	return known || isRole(low)
}

// newSubject reports that the latest unit that opened with a subject came
// after the last attribution and opened with a person or group other than
// the last speaker: "Die Ministerin sagte, … Die Gewerkschaft Verdi lehnt
// die Reform ab. Sie sei ungerecht." Reported speech that follows is
// theirs. A unit in Konjunktiv is still the last speaker's ("Einige
// Vertreter würden die Lage verharmlosen"): its subject is what was said.
func (x *extractor) newSubject() bool {
	return x.subj.unit > x.lastAttr && x.subj.unit < x.unit && !x.subj.reported &&
		x.lastSubject != x.lastSpeaker && x.subj.speaks(x)
}

// konjunktivOne are forms of Konjunktiv I that, unlike Konjunktiv II, hardly
// occur outside reported speech.
var konjunktivOne = words(`sei seien habe werde müsse könne solle wolle dürfe gebe liege
	stehe gehe komme bleibe wisse lasse brauche handle handele gelte fehle sehe halte
	plane arbeite trage führe lebe zeige mache bestehe verfüge betrage setze`)

// longQuote reports a quotation long enough to be a statement by itself
// that opens the passage or follows a colon; a long quotation inside a
// sentence is a title or a motto.
func (p *passage) longQuote() bool {
	after := p.x.lastAttr >= 0 && p.x.lastAttr >= p.x.unit-1
	for _, q := range p.quotes {
		before := strings.TrimRight(p.text[p.start:q.Start], " ")
		opens := before == "" || strings.HasSuffix(before, ":")
		if opens && after && strings.TrimRight(p.text[q.End:p.end], ".!?;: ") == "" {
			return true // the speaker goes on: „…“, sagte er. „…“
		}
		if (opens || after || !p.titleBefore(q)) && p.quoteWords(q) >= minQuoteWords {
			return true
		}
	}
	return false
}

// colonSubject returns the subject of the clause that a colon before a
// quotation ends, or an empty phrase.
func (p *passage) colonSubject() np {
	for i := 1; i+1 < len(p.toks); i++ {
		if p.is(i, ':') && !p.inQuote[i] && (p.toks[i+1].kind == tQuoteOpen || p.toks[i+1].kind == tQuoteAmb) {
			return p.frontSubject(i)
		}
	}
	return np{0, 0, false}
}

// frontSubject returns the subject of a main clause that starts the
// passage and ends before token limit: the noun phrase that opens it, or
// the one after the verb when an adverb or a prepositional phrase comes
// first ("Dabei griff sie …", "Am Abend sagte der Minister …", "Im
// Januar 2007 legte er sein Amt nieder").
func (p *passage) frontSubject(limit int) np {
	none := np{0, 0, false}
	if n := p.npRight(0); !n.empty() && !n.pp { // a prepositional phrase first: see below
		if n.b > limit || p.has(n.a, fConj) || n.b-n.a == 1 && (p.is(n.b, ',') || andWords.has(p.lw(n.a))) {
			return none // "Höhnisch, …", "Und: „…“"
		}
		if p.isWord(n.b) && p.lw(n.b) == "von" {
			// "Das Fazit von Sandra Boser …: „…“"
			if m := p.npRight(n.b + 1); !m.empty() && !m.pp && m.b <= limit && p.toks[m.b-1].cap {
				return m
			}
		}
		// the object first, the person after the verb: "Den Unmut der CDU
		// brachte die Sprecherin … zum Ausdruck: „…“"
		if v := n.b; p.isWord(v) && !p.toks[v].cap && !p.has(v, fDet|fPrep|fConj) && !p.personLike(n) {
			if m := p.npRight(v + 1); !m.empty() && !m.pp && m.b <= limit && p.personLike(m) {
				return m
			}
		}
		return n
	}
	v := -1
	switch {
	case p.has(0, fAdv):
		v = 1
	case p.has(0, fPrep):
		if pp := p.npRight(1); !pp.empty() {
			v = pp.b
			for v < len(p.toks) && p.toks[v].kind == tNum {
				v++ // the year of "Im Januar 2007"
			}
			break
		}
		// a time the chunker does not take: the verb is the first plain
		// lower-case word
		for k := 1; k < len(p.toks) && k <= 5; k++ {
			if p.isWord(k) && !p.toks[k].cap && !p.adjective(k) && !p.has(k, fDet|fPrep|fConj) {
				v = k
				break
			}
		}
	}
	if v <= 0 || v >= limit || !p.isWord(v) || p.toks[v].cap || p.has(v, fDet|fPrep|fConj) || p.inQuote[v] {
		return none
	}
	if n := p.npRight(v + 1); !n.empty() && !n.pp && n.b <= limit {
		return n
	}
	return none
}

// personLike reports whether a noun phrase names a person: it holds a role
// noun, a given name or the name of someone the article named.
func (p *passage) personLike(n np) bool {
	for k := n.a; k < n.b; k++ {
		if !p.toks[k].cap {
			continue
		}
		if p.has(k, fFirstName) || isRole(p.lw(k)) {
			return true
		}
		if _, ok := p.x.personByPart(p.w(k)); ok {
			return true
		}
	}
	return false
}

// andWords join clauses; at the start of a passage they are no subject.
var andWords = words(`und aber doch denn oder sondern and but or`)

// titleNouns announce a name in quotation marks rather than a statement:
// „den Titel „…““, „unter dem Motto „…““.
var titleNouns = words(`titel motto lied song film buch album serie sendung stück roman slogan
	aufschrift namen name kampagne projekt ausstellung thema themen musical oper zeitung
	magazin zeitschrift programm initiative aktion bewegung gruppe band verein partei
	gewerkschaft organisation stiftung bündnis netzwerk auszeichnung liste festival
	konferenz gesetz verordnung`)

// titleHeads end compound nouns that announce a name: "Arbeitstitel",
// "Hilfsorganisation", "Bürgerinitiative".
var titleHeads = []string{"titel", "organisation", "gewerkschaft", "initiative", "bündnis", "kampagne", "projekt"}

// titleBefore reports whether quotation q follows a title noun, a
// preposition or a definite article ("der „Preis der Reichsbank …“", "des
// „Kids' Right to Read Project“", see definite), or sits inside a list of
// names.
func (p *passage) titleBefore(q Span) bool {
	for i := range p.toks {
		if p.toks[i].end > q.Start {
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if p.isWord(k) && p.toks[k].cap && p.titleNoun(p.lw(k)) {
					return true
				}
			}
			return i > 0 && (p.has(i-1, fPrep) || p.definite(i-1) || p.is(i-1, ',') && p.isQuote(i-2))
		}
	}
	return false
}

// definite reports "der", "die" or "des" at token k: before a quotation
// they take it as a name. "das" may be a pronoun, and after "den", "dem"
// or an indefinite article a quoted phrase is as often someone's words
// ("eine „friedliche Lösung …“").
func (p *passage) definite(k int) bool {
	if !p.isWord(k) || !p.has(k, fDet) {
		return false
	}
	lw := p.lw(k)
	return lw == "der" || lw == "die" || lw == "des"
}

// titleNoun reports a noun that announces a name: one of titleNouns or a
// compound that ends in one of titleHeads.
func (p *passage) titleNoun(lw string) bool {
	if titleNouns.has(lw) {
		return true
	}
	for _, h := range titleHeads {
		if strings.HasSuffix(lw, h) {
			return true
		}
	}
	return false
}

// quoteWords counts the words inside quotation q.
func (p *passage) quoteWords(q Span) int {
	n := 0
	for i, t := range p.toks {
		if t.start > q.Start && t.end < q.End && (t.kind == tWord || t.kind == tNum) && p.inQuote[i] {
			n++
		}
	}
	return n
}

// attr collects the parts of one attribution.
type attr struct {
	p         *passage
	speaker   string
	sp        np // the speaker's phrase, if in this passage
	according string
	medium    string // the document of a "heißt es" source: Erklärung
	when      string // a time before the frame: "im November"
	of        string // the verb and preposition before a noun-phrase statement: "sprach von"
	cue       string
	cueAt     int
	speech    *cue
	src       *cue
	followOn  bool
	whole     bool // the statement is the whole passage
	asWritten bool // the claim's text is the passage as written, without a label
	back      int  // the previous unit's claim that a back reference replaces, or -1
	// aux is auxBefore of the reporting verb, which frameSpeech finds and
	// statement needs again; -2 until frameSpeech sets it
	aux int
}

// passiveSubject drops a speaker that is the subject of a reporting verb
// in the passive: "Die ersten Namen wurden bekanntgegeben", "Diese Stoffe
// wurden in der Luft festgestellt" name what was reported, not who
// reported it. Such a claim keeps the sentence as written and names no
// one. "zitiert" is left out: who "wird zitiert" is who spoke.
func (a *attr) passiveSubject() {
	p, c := a.p, a.speech
	if !c.verb.participle || a.sp.a < 0 || a.according != "" || strings.HasPrefix(p.lw(c.a), "zitiert") {
		return
	}
	aux := p.auxBefore(c.a)
	if aux < 0 || a.sp.b > aux {
		return
	}
	switch p.lw(aux) {
	case "wird", "werden", "wurde", "wurden":
		a.speaker, a.sp = "", np{-1, -1, false}
	}
}

// frameSpeech finds who speaks for a reporting verb.
func (a *attr) frameSpeech(c *cue) {
	p := a.p
	a.speech = c
	a.cue = p.cueText(c)
	switch c.kind {
	case cueHeisst:
		a.frameHeisst(c)
		return
	case cueDocument:
		a.document(c.src.a)
		return
	}
	verb := c.a // the finite verb: the auxiliary of "Glos hatte … gesagt"
	aux := p.auxBefore(c.a)
	a.aux = aux
	if aux < 0 && p.hasFlag(fAux) && p.boundary(c.b) {
		// past a quotation: "wird von der „Netzeitung“ mit den Worten zitiert:"
		aux = p.passiveAux(c.a)
	}
	if aux >= 0 {
		switch p.lw(aux) {
		case "wird", "wurde", "werden", "wurden":
			// a passive: the agent after "von" speaks ("Die Gruppe wurde
			// von Kenias Regierung beschuldigt"), except with "zitiert",
			// where it is the source (see attribution)
			if !strings.HasPrefix(p.lw(c.a), "zitiert") {
				if n := p.quotedBy(c.a); !n.empty() && n.a > aux {
					a.setSpeaker(n)
					a.whole = true // "bezeichnet" alone says nothing
					return
				}
			}
			if n := p.npRight(aux + 1); !n.empty() && n.b <= c.a {
				a.setSpeaker(n)
				return
			}
			verb = aux // "Der Fraktionschef, Volker Ratzmann, wird … zitiert"
		default:
			verb = aux
		}
	}
	if p.en && p.is(verb-1, ',') && p.isWord(verb-2) && p.has(verb-2, fAdv) && p.is(verb-3, ',') {
		verb -= 3 // "The finance ministry, however, warned that …"
	}
	if left := p.subjectBefore(verb); !left.empty() && !p.adverbial(left) && !p.frontedAdverb(left, verb) {
		// "Der Spiegel zitiert den Prediger mit den Worten …": the object
		// speaks, the subject is the source
		if lw := p.lw(c.a); verb == c.a && (lw == "zitiert" || lw == "zitierte" || lw == "quoted" || lw == "quotes") {
			if obj := p.npRight(c.b); !obj.empty() && !p.has(obj.a, fPron) {
				a.according = p.sourceName(left, false)
				a.setSpeaker(obj)
				a.sp = np{left.a, obj.b, false}
				return
			}
		}
		a.setSpeaker(left)
		return
	}
	// "Aus Militärkreisen verlautete, …": the circles speak
	if strings.HasPrefix(p.lw(c.a), "verlaut") {
		for k := c.a - 1; k >= 0 && k >= c.a-4; k-- {
			if p.isWord(k) && p.lw(k) == "aus" {
				if n := p.npRight(k + 1); !n.empty() && !n.pp && n.b <= c.a {
					a.setSpeaker(n)
					a.sp = np{k, n.b, false}
					return
				}
			}
		}
	}
	// a second verb joined by "und" shares the subject that opens the
	// sentence; the phrase after it is its object: "Er halte das Gesetz
	// für vertretbar und bezeichnete die Erweiterung als „maßvoll“"
	if verb == c.a && p.isWord(verb-1) && !p.inQuote[verb-1] && (p.lw(verb-1) == "und" || p.lw(verb-1) == "sowie") {
		if first := p.npRight(0); !first.empty() && !first.pp && first.b < verb-1 {
			a.setSpeaker(first)
			return
		}
		// after a fronted phrase: "Im Januar legte er sein Amt nieder und
		// verkündete, …"; the subject sits inside the first clause, so
		// the statement is the whole sentence
		if first := p.frontSubject(verb - 1); !first.empty() && !p.commaBefore(verb-1) && !p.adverbial(first) {
			a.setSpeaker(first)
			a.whole = true
			return
		}
	}
	// a quoted name after the verb: "…“, schrieb „Die Zeit“ in einem
	// Nachruf", also after an article: "verkündete der „Deutsche
	// Fußball-Bund“"
	if q := verb + 1 + btoi(p.has(verb+1, fDet)); p.isQuote(q) && verb == c.a {
		for k := q + 1; k < len(p.toks) && k <= q+6; k++ {
			if p.quotedNameEnding(k) == q {
				a.sp, a.speaker = np{verb + 1, k + 1, false}, p.textOf(q+1, k)
				return
			}
		}
	}
	// (in English only after the statement: "…,” said the mayor", never in
	// "The ministry warned that the budget gap …")
	if right := p.npRight(verb + 1); !right.empty() && (verb == c.a || right.b <= c.a) && (!p.en || p.inverted(verb)) {
		// "zitierte man Yolanda Alvarez": the impersonal subject quotes
		if p.lw(right.a) == "man" && strings.HasPrefix(p.lw(c.a), "zitiert") {
			if obj := p.npRight(right.b); !obj.empty() {
				right = obj
			}
		}
		a.setSpeaker(right)
		if e := p.appositionEnd(right.b); e > right.b {
			// the name in apposition speaks, as in subjectBefore
			a.speaker = p.speaker(np{right.b + 1, e, false}, true)
			a.sp.b = e
			if c.verb.particle != "" && c.part == e+1 {
				a.sp.b = c.part + 1 // "…, teilte die Chefin, Eva Roth, mit."
			} else if t := p.phraseToEnd(e + 1); t > 0 && c.a > 0 && (p.is(c.a-1, ',') || p.isQuote(c.a-1)) {
				a.sp.b = t // "…, sagte der Trainer, Jens Kuhn, in einem Interview."
			}
		}
		return
	}
	if left := p.subjectBeforeRelative(verb); !left.empty() {
		a.setSpeaker(left)
		return
	}
	if left := p.npLeft(p.pastTime(verb)); !left.empty() && !left.pp {
		a.setSpeaker(left)
		return
	}
	// a clause with "wie" whose verb comes last: the subject follows "wie"
	// ("Wie Steve Marshall, Sprecher der UN-Büros, in Bangkok mitteilte")
	if w := p.wieBefore(max(verb, c.b-1)); w >= 0 {
		if n := p.sourceAt(w + 1); !n.empty() && !n.pp && n.b <= verb {
			a.setSpeaker(n)
			// the frame runs from "wie" on, with the article and the
			// marks of a quoted name: "wie die „Bild“ berichtete"
			end := n.b
			if p.isQuote(end) {
				end++
			}
			a.sp = np{w + 1, end, false}
			return
		}
	}
	// a relative clause whose pronoun is the subject: the phrase it refers
	// to speaks ("…, erschien ein Kommentar, der die Entscheidung als
	// „Verirrung“ bezeichnet")
	if n := p.relativeAntecedent(verb); !n.empty() {
		a.setSpeaker(n)
		a.whole = true // the frame is around the statement: keep the sentence
		return
	}
	// the subject that opens the sentence: "Podolski war anwesend und
	// sagte, …", also after a fronted phrase: "Im Januar legte er sein Amt
	// nieder und verkündete, …"
	if first := p.npRight(0); !first.empty() && !first.pp && first.b <= c.a && !p.adverbial(first) {
		a.setSpeaker(first)
	} else if first := p.frontSubject(c.a); !first.empty() && !p.en && !p.commaBefore(c.a) && !p.adverbial(first) {
		a.setSpeaker(first)
	}
}

// inverted reports whether the English reporting verb at token verb
// follows its statement, so that its subject may come after it: after a
// comma or a closing quotation mark ("…,” said the mayor"), or as the
// verb that opens a passage after a quotation ("Said the mayor: …").
func (p *passage) inverted(verb int) bool {
	return verb == 0 || p.is(verb-1, ',') || p.isQuote(verb-1)
}

// appositionEnd returns the end of a name in apposition between commas
// after the phrase that ends at token b ("sagte der Sprecher, Jens Kuhn,
// …"), so that the frame takes it in, or b when none follows.
func (p *passage) appositionEnd(b int) int {
	if !p.is(b, ',') || !p.isWord(b+1) || !p.toks[b+1].cap || p.inQuote[b+1] {
		return b
	}
	if n := p.npRight(b + 1); !n.empty() && !n.pp && n.a == b+1 && p.is(n.b, ',') && (p.has(n.a, fFirstName) || p.knownPart(n.a)) {
		return n.b
	}
	return b
}

// phraseToEnd returns the index after the last word of the passage when
// the words from token a on are a phrase without a verb or a comma ("in
// einem Interview."), or -1.
func (p *passage) phraseToEnd(a int) int {
	last := -1
	for k := a; k < len(p.toks); k++ {
		if p.inQuote[k] || p.has(k, fFinite|fSubj|fCue) {
			return -1
		}
		if c := p.mark(k); c == ',' || c == ':' || c == ';' {
			return -1
		}
		if p.isWord(k) {
			last = k
		}
	}
	if last < a {
		return -1
	}
	return last + 1
}

// relativeAntecedent returns the noun phrase that a relative pronoun in
// the nominative refers to when the relative clause it opens ends with the
// verb at token verb ("ein Kommentar, der … bezeichnet"), or an empty
// phrase.
func (p *passage) relativeAntecedent(verb int) np {
	none := np{verb, verb, false}
	if p.en || !p.boundary(verb+1) && !p.has(verb+1, fAux) {
		return none
	}
	for k := verb - 1; k > 1 && k >= verb-25; k-- {
		if p.inQuote[k] {
			continue
		}
		if p.is(k, ',') {
			switch p.lw(k + 1) {
			case "der", "die", "das", "welcher", "welche", "welches":
				// the antecedent from its determiner: "ein Kommentar"
				for d := k - 1; p.toks[k-1].cap && d >= 0 && d >= k-4 && p.isWord(d); d-- {
					if p.has(d, fDet) {
						return np{d, k, false}
					}
				}
				if n := p.npLeft(k); !n.empty() && !n.pp {
					return n
				}
			}
			return none
		}
		if c := p.mark(k); c == '.' || c == ':' || c == ';' {
			return none
		}
	}
	return none
}

// btoi returns 1 for true and 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// commaBefore reports a comma before token i: the verb there is then not
// in the clause that opens the passage.
func (p *passage) commaBefore(i int) bool {
	for k := 0; k < i; k++ {
		if p.is(k, ',') {
			return true
		}
	}
	return false
}

// wieBefore returns the token of "wie" that opens the passage or follows
// a comma and starts the clause whose verb is token verb, the verb ending
// that clause ("Wie die Stadt heute mitteilte, …"), or -1.
func (p *passage) wieBefore(verb int) int {
	if !p.boundary(verb + 1) {
		return -1
	}
	for k := verb - 1; k >= 0 && k >= verb-25; k-- {
		if p.inQuote[k] {
			continue // a quoted name: "Wie die „Aktion Deutschland hilft“ mitteilte"
		}
		if p.is(k, '.') && !(k > 0 && p.toks[k-1].kind == tNum) || p.is(k, ':') || p.is(k, ';') {
			return -1 // the point of a date ("vom 22. August") stays inside
		}
		if p.isWord(k) && p.lw(k) == "wie" && (k == 0 || p.is(k-1, ',') || k == 1 && andWords.has(p.lw(0))) {
			return k // also "Denn wie die Zeitung berichtete, …"
		}
	}
	return -1
}

// adverbial reports a phrase before the verb that is a time or a manner,
// not the subject: "Ende Januar 2006 verkündete …", "Sinngemäß hofft …".
func (p *passage) adverbial(n np) bool {
	for k := n.a; k < n.b; k++ {
		if p.has(k, fMonth) {
			return true
		}
	}
	if !p.en && n.a == 0 {
		// "Erst vergangene Woche kündigte der Konzern an"
		if timeNoun(p.lw(n.b - 1)) {
			return true
		}
		// a dative or genitive: "Der englisch-sprachigen Zeitung sagte
		// Filep Karma", "Dem Sender sagte er"
		if p.oblique(n.a) || p.lw(n.a) == "der" && n.b-n.a > 2 && p.adjective(n.a+1) && strings.HasSuffix(p.lw(n.a+1), "en") {
			return true
		}
	}
	if n.b-n.a != 1 || n.a != 0 || p.has(n.a, fFirstName|fPron) {
		return false
	}
	lw := p.lw(n.a)
	for _, s := range []string{"gemäß", "weise", "end", "lich", "falls"} {
		if strings.HasSuffix(lw, s) && len(lw) > len(s)+3 {
			_, known := p.x.personByPart(p.w(n.a))
			return !known
		}
	}
	return false
}

// frontedAdverb reports a phrase that opens a German main clause before
// its finite verb at token verb while the subject follows the verb
// (verb-second order: "Insgesamt spricht die Polizei von …", "Die
// Erweiterung bezeichnete er als „maßvoll“"). Before a pronoun that is
// only nominative (er, ich, wir) any phrase is fronted. A single word is
// taken for an adverb when it is no name the article gave, no given name
// and no role, and, after a verb in the singular, a person or group
// follows whose determiner is no dative or accusative form. "Siemens
// bestätigte die Zahlen" keeps Siemens: "Zahlen" names no one who speaks.
// ("Man" is left out: "Rosinenbomber nannte man sie" fronts the object.)
func (p *passage) frontedAdverb(left np, verb int) bool {
	if p.en || left.b != verb {
		return false
	}
	// a pronoun in the nominative right after the verb is the subject,
	// whatever came first: "Die Erweiterung bezeichnete er als „maßvoll“"
	if p.isWord(verb+1) && p.has(verb+1, fPron) && !p.inQuote[verb+1] {
		switch p.lw(verb + 1) {
		case "er", "ich", "wir":
			return true
		}
	}
	if p.knownNameAfter(left, verb) {
		return true
	}
	if left.a != 0 || left.b != 1 || p.has(0, fFirstName|fGroup|fPron) || isRole(p.lw(0)) {
		return false
	}
	if _, known := p.x.personByPart(p.w(0)); known {
		return false
	}
	right := p.npRight(verb + 1)
	if right.empty() || right.pp {
		return false
	}
	if p.has(right.a, fPron) {
		return false
	}
	// a plural verb may have the word before it as its subject and a
	// singular object after it ("Kritiker werfen der Ministerin vor"), and
	// "der" before a group may be a dative ("sagte der Polizei"); before a
	// person it hardly is ("Hierzu schrieb der Journalist Eduardo Dâmaso")
	if strings.HasSuffix(p.lw(verb), "en") || !p.has(right.a, fDet) || p.oblique(right.a) {
		return false
	}
	if p.personLike(right) {
		return true
	}
	if p.lw(right.a) == "der" {
		return false
	}
	for k := right.a; k < right.b; k++ {
		if p.has(k, fGroup) {
			return true
		}
	}
	return false
}

// knownNameAfter reports a fronted object before the verb at token verb
// whose subject, a person the article named, follows the verb without an
// article: "Eine Verschiebung des Wahltermins bezeichnete Conze als
// fatal". A phrase that opens with "der" or "ein", or names a person or a
// group, is taken for the subject as before.
func (p *passage) knownNameAfter(left np, verb int) bool {
	if p.has(left.a, fDet) {
		if lw := p.lw(left.a); lw == "der" || lw == "ein" {
			return false
		}
	} else if left.b-left.a < 2 {
		return false
	}
	if p.personLike(left) || p.hasIn(left, fGroup) || strings.HasSuffix(p.lw(verb), "en") {
		return false
	}
	right := p.npRight(verb + 1)
	if right.empty() || right.pp || right.a != verb+1 || p.has(right.a, fDet) || !p.toks[right.a].cap {
		return false
	}
	_, known := p.x.personByPart(p.w(right.b - 1))
	return known
}

// subjectBefore finds the subject that ends just before the verb at token
// i: a noun phrase opening its clause, also past an apposition ("Ein
// Sprecher der Polizei, Lars Beringer, sagte") or a party in brackets
// ("Jung (CDU) kündigte an").
func (p *passage) subjectBefore(i int) np {
	i = p.pastTime(i)
	// English puts the subject right before its verb; German may front
	// another phrase, so there the subject must open its clause
	if left := p.npLeft(i); !left.empty() && !left.pp && (p.clauseOpens(left.a) || p.en) {
		return left
	}
	j := i
	if p.is(j-1, ',') && p.is(j-2, ')') {
		j-- // "Henning Scherf (SPD), warnte"
	}
	if p.is(j-1, ')') {
		for k := j - 2; k >= 0 && k >= j-6; k-- {
			if p.is(k, '(') {
				j = k
				break
			}
		}
		if j != i {
			if left := p.npLeft(j); !left.empty() && !left.pp && p.clauseOpens(left.a) {
				return left
			}
		}
	}
	// an age between commas: "Mayor Dana Whitfield, 52, said"
	if p.is(j-1, ',') && j >= 3 && p.toks[j-2].kind == tNum && p.is(j-3, ',') {
		if left := p.npLeft(j - 3); !left.empty() && !left.pp && p.clauseOpens(left.a) {
			return left
		}
	}
	if !p.is(j-1, ',') {
		return np{i, i, false}
	}
	if name := p.npLeft(j - 1); !name.empty() && !name.pp && p.is(name.a-1, ',') {
		// (the head opens its clause or follows the auxiliary of a
		// participle: "Gestern hatte der Sprecher, Jens Kuhn, erklärt")
		if head := p.npLeft(name.a - 1); !head.empty() && !head.pp && (p.clauseOpens(head.a) || p.isWord(head.a-1) && p.has(head.a-1, fAux)) {
			// the name is the apposition ("Der Sprecher, Lars Beringer,
			// sagte"), or the apposition is the role ("Petra Pau,
			// PDS-Bundestagsabgeordnete, spricht")
			if isRole(p.lw(name.b-1)) && !isRole(p.lw(head.b-1)) {
				return head
			}
			return name
		}
	}
	return np{i, i, false}
}

// subjectBeforeRelative finds the subject before a relative clause that
// ends just before the verb at token i: "Deiss, der …, sagte".
func (p *passage) subjectBeforeRelative(i int) np {
	j := i
	if !p.is(j-1, ',') {
		return np{i, i, false}
	}
	for k := j - 2; k > 0 && k >= j-30; k-- {
		if p.inQuote[k] || p.is(k, '.') {
			break
		}
		if p.is(k, ',') && p.has(k+1, fRel) {
			if left := p.npLeft(k); !left.empty() && !left.pp && p.clauseOpens(left.a) && !p.isQuote(left.a-1) {
				return left
			}
			break
		}
	}
	return np{i, i, false}
}

// setSpeaker makes the phrase n the speaker. An adverb that opens the
// sentence and the phrase with it ("Auch Feinstein", "Insbesondere IWF und
// EZB") is left out: capitalised there, the chunker takes it for a word
// of the name.
func (a *attr) setSpeaker(n np) {
	p := a.p
	for n.b-n.a > 1 && p.isWord(n.a) && p.has(n.a, fAdv) && !p.has(n.a, fDet|fPron) && !p.inQuote[n.a] {
		n.a++
	}
	a.sp = n
	a.speaker = a.p.speaker(n, true)
}

// clauseOpens reports whether token i starts a clause: the passage start, or
// after a comma, colon, quotation mark or subordinating conjunction.
func (p *passage) clauseOpens(i int) bool {
	if i == 0 {
		return true
	}
	if p.boundary(i - 1) {
		return true
	}
	lw := p.lw(i - 1)
	if lw == "als" && i == 1 {
		return false // "Als Begründung gaben die USA an": an adverbial
	}
	return p.has(i-1, fConj) || lw == "und" || lw == "and" || lw == "aber" || lw == "but"
}

// frameHeisst finds the document and its author of a "heißt es" cue: "In
// einer Erklärung des Kremls heißt es" or "heißt es in einem Bericht".
func (a *attr) frameHeisst(c *cue) {
	p := a.p
	prep := -1
	for k, low := c.a-1, c.a-12; k >= 0 && k >= low; k-- {
		if p.isWord(k) && heisstPreps.has(p.lw(k)) && !p.inQuote[k] {
			prep = k
		}
		if p.boundary(k) {
			// past a relative clause: "In dieser Resolution, die … angenommen
			// wurde, heißt es"
			if r := p.relativeOpens(k); r > 0 && k == c.a-1 {
				k, low = r, r-12
				continue
			}
			break
		}
	}
	if prep < 0 && p.isWord(c.b) && heisstPreps.has(p.lw(c.b)) && p.lw(c.b) != "von" {
		prep = c.b // "hieß es bei Russland Aktuell"
	}
	if prep >= 0 {
		a.document(prep)
	}
}

// document reads the phrase after the preposition at token prep as the
// document a statement comes from and its author: "in einer Erklärung des
// Kremls" gives the medium "Erklärung" and the speaker "Kreml"; a phrase
// without a medium noun speaks itself ("aus dem Urteil"). The frame runs
// from the preposition to the phrase's end.
func (a *attr) document(prep int) {
	p := a.p
	n := p.npRight(prep + 1)
	if n.empty() {
		return
	}
	a.sp = np{prep, n.b, false}
	for k := n.a; k < n.b; k++ {
		if p.medium(k) {
			a.medium = p.w(k)
			if k+1 < n.b {
				a.speaker = p.speaker(np{k + 1, n.b, false}, false)
				return
			}
		}
	}
	a.speaker = p.speaker(n, false)
}

// sourceName names the source of a source phrase: "des chinesischen
// Staatssenders CCTV" gives "CCTV", "Angaben der Polizei" gives "Polizei".
// An oblique phrase (after "laut", "nach Angaben" or before "zufolge") is
// named in the nominative: "Statistischem Landesamt" gives "Statistisches
// Landesamt".
func (p *passage) sourceName(n np, oblique bool) string {
	if n.empty() {
		return ""
	}
	a := n.a
	for a < n.b && (p.has(a, fDet) && p.lw(a) != "beiden" || p.adjective(a)) {
		a++
	}
	if a < n.b && p.has(a, fSourceNoun|fMedium) && a+1 < n.b {
		if p.lw(a+1) == "von" && a+2 < n.b {
			a++ // "einer Meldung von Xinhua"
		}
		return p.sourceName(np{a + 1, n.b, false}, true)
	}
	// a quoted name after a media noun: "des Magazins „Der Spiegel“", or
	// in the genitive after a source noun: "einem Artikel der „New York
	// Times“"
	if q := p.quotedNameAfter(n); q >= 0 {
		if k := p.quotedNameClose(q); k > q {
			return p.textOf(q+1, k)
		}
	}
	// apposition: "Staatssenders CCTV", "der Agentur Reuters"
	if a+1 < n.b && p.toks[a].cap && !isRole(p.lw(a)) && (p.toks[a+1].upper || mediaHead(p.lw(a))) {
		tail := a + 1
		all := true
		for k := tail; k < n.b; k++ {
			if !p.toks[k].cap || p.has(k, fDet) {
				all = false
			}
		}
		if all && (p.toks[tail].upper || n.b-tail <= 2) && !p.en {
			return p.textOf(tail, n.b)
		}
	}
	if oblique {
		if name, ok := p.nominative(n); ok {
			return name
		}
	}
	return p.speaker(n, false)
}

// quotedNameAfter returns the index of the opening mark of a quoted name
// that belongs to noun phrase n, or -1: right after a media noun ("des
// Magazins „Der Spiegel“"), or after "der" or "des" following a source
// noun ("einem Artikel der „New York Times“").
func (p *passage) quotedNameAfter(n np) int {
	switch {
	case n.b < len(p.toks) && p.isQuote(n.b) && mediaHead(p.lw(n.b-1)):
		return n.b
	case n.b+1 < len(p.toks) && p.isWord(n.b) && (p.lw(n.b) == "der" || p.lw(n.b) == "des") && p.isQuote(n.b+1) &&
		p.has(n.b-1, fSourceNoun|fMedium):
		return n.b + 1
	}
	return -1
}

// quotedNameClose returns the closing mark of the short quoted name that
// opens at token q, or -1.
func (p *passage) quotedNameClose(q int) int {
	for k := q + 1; k < len(p.toks) && k <= q+6; k++ {
		if p.quotedNameEnding(k) == q {
			return k
		}
	}
	return -1
}

// hasIn reports whether a word of noun phrase n has flag f.
func (p *passage) hasIn(n np, f uint32) bool {
	for k := n.a; k < n.b; k++ {
		if p.has(k, f) {
			return true
		}
	}
	return false
}

// passiveAux returns the "wird", "wurde" or their plural of a passive
// frame up to 15 tokens before the participle at token i, past
// quotations, or -1.
func (p *passage) passiveAux(i int) int {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if c := p.mark(k); c == ',' || c == '.' || c == ':' || c == ';' {
			return -1
		}
		switch p.lw(k) {
		case "wird", "wurde", "werden", "wurden":
			if !p.inQuote[k] {
				return k
			}
		}
	}
	return -1
}

// quotedBy returns the phrase after "von" that names who quotes in a
// passive frame ending with the participle at token i ("wird von der
// Nachrichtenagentur Reuters mit den Worten zitiert", "wie Hoyzer von
// Spiegel-Online zitiert wird"), or an empty phrase.
func (p *passage) quotedBy(i int) np {
	for k := i - 1; k > 0 && k >= i-10; k-- {
		if p.inQuote[k] || p.isQuote(k) {
			continue
		}
		if c := p.mark(k); c == ',' || c == '.' || c == ':' || c == ';' {
			break
		}
		if lw := p.lw(k); (lw == "von" || lw == "vom") && p.isWord(k) {
			if n := p.sourceAt(k + 1); !n.empty() && !n.pp && n.b <= i {
				return n
			}
		}
		// "wird in einer Presseerklärung der Gewerkschaft zitiert"
		if lw := p.lw(k); (lw == "in" || lw == "im") && p.isWord(k) {
			if n := p.npRight(k + 1); !n.empty() && n.b <= i && p.hasIn(n, fMedium) {
				return n
			}
		}
	}
	return np{i, i, false}
}

// heisstPreps open the phrase that names the document of "heißt es": "in
// einer Erklärung", "auf der Homepage", "bei Russland Aktuell".
var heisstPreps = words(`in im aus von bei auf`)

// relativeOpens returns the comma that opens the relative clause which the
// comma at token k closes ("…, die am Mittwoch veröffentlicht wurde, …"),
// or -1.
func (p *passage) relativeOpens(k int) int {
	if !p.is(k, ',') {
		return -1
	}
	for r := k - 1; r > 0 && r >= k-25; r-- {
		if p.inQuote[r] {
			continue
		}
		if p.is(r, ',') {
			if p.has(r+1, fRel) || p.has(r+1, fPrep) && p.has(r+2, fRel) {
				return r
			}
			return -1
		}
		if c := p.mark(r); c == '.' || c == ':' || c == ';' {
			return -1
		}
	}
	return -1
}

// mediaHeads end nouns that a source's name follows in apposition: "der
// Sender CCTV", "die Nachrichtenagentur Reuters".
var mediaHeads = []string{"sender", "senders", "agentur", "zeitung", "magazin", "magazins", "blatt",
	"blatts", "portal", "portals", "dienst", "dienstes", "institut", "instituts", "sprecher", "sprechers"}

func mediaHead(lw string) bool {
	for _, s := range mediaHeads {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// emit builds the claim's statement and text and adds it.
func (a *attr) emit() {
	p := a.p
	x := p.x
	st, sa, sb := a.statement()
	direct := false
	q := ""
	var more strings.Builder // only for several quotations
	for _, qs := range p.quotes {
		if qs.Start < sa || qs.End > sb || !p.quotation(qs) {
			continue
		}
		inner := innerQuote(x.text[qs.Start:qs.End])
		switch {
		case !direct:
			q = inner
		case more.Len() == 0:
			more.WriteString(q)
			fallthrough
		default:
			more.WriteString(" … ")
			more.WriteString(inner)
		}
		direct = true
	}
	if more.Len() > 0 {
		q = more.String()
	}
	if !direct {
		q = trimMarks(st, ".!;: ")
	}
	label := a.speaker
	const laut, accordingTo = "laut ", "according to "
	prefix, qual := "", ""
	switch {
	case a.when != "" && a.according == "":
		qual = a.when
	case a.medium != "" && !strings.EqualFold(a.medium, label):
		qual = a.medium // (not twice: "Bericht (Bericht)")
	case a.of != "" && a.according == "":
		qual = a.of
	case a.according != "" && a.according != a.speaker && label != "":
		prefix, qual = laut, a.according
		if x.lang == "en" {
			prefix = accordingTo
		}
	}
	if label == "" {
		label = a.according
	}
	var text string
	named := false
	if a.pronounFrame(st) {
		// a person's name takes the pronoun's place; a group's name
		// ("Polizei") would not fit there, so its label stands before the
		// passage as written
		if named = x.personIndex(a.speaker) >= 0; !named {
			st = p.textOf(0, len(p.toks))
		}
	}
	switch {
	case named:
		text = x.cat(x.text[p.start:p.toks[a.sp.a].start], a.speaker, x.text[p.toks[a.sp.a].end:p.end])
	case a.asWritten, label == "" && (a.speech != nil || a.src != nil || direct),
		a.sp.a >= 0 && a.sp.b == a.sp.a+1 && a.speaker == p.w(a.sp.a) && p.has(a.sp.a, fPron),
		a.sp.a >= 0 && !p.has(a.sp.a, fPron) && (leansOnFrame(st) || a.of == "" && startsLower(st) || p.en && a.sp.b > a.sp.a && sa <= p.toks[a.sp.a].start && p.toks[a.sp.b-1].end <= sb):
		// the frame or the quotation marks are in the sentence, which
		// names the speaker (not by a pronoun) or no one the extractor
		// could name: the sentence as written reads alone ("Mayor Claire
		// Dawson, 54, called it …", "Der Konzern kündigte an, 500 Stellen
		// zu streichen."), while the statement cut from it would not ("Da
		// er jeder Grundlage entbehre.", "kündigte an, …"); an English
		// statement that holds its speaker needs no label in front, nor
		// does one whose speaker is a pronoun nobody could resolve ("She:
		// She was innocent.")
		text = x.text[p.start:p.end]
	case label == "":
		label = "Unbekannt" // reported speech whose speaker is not known
		if x.lang == "en" {
			label = "Unknown"
		}
		text = x.cat(label, ": ", st)
	case qual != "":
		text = x.cat(a.label(label), " (", prefix, qual, "): ", st)
	default:
		text = x.cat(a.label(label), ": ", st)
	}
	score := 0.75
	if direct {
		score += 0.1
	}
	if a.according != "" || a.speaker != "" && a.speaker != x.lastPerson() {
		score += 0.05
	}
	if a.speaker == "" {
		score -= 0.25
	}
	start := p.start
	if a.back >= 0 {
		start = x.out.Claims[a.back].Start
	} else {
		p.stated = st
	}
	x.add(&Found{
		Kind: KindAttribution, Start: start, End: p.end,
		Text:    text,
		Speaker: a.speaker, Cue: a.cue, AccordingTo: a.according,
		Quote: q, Direct: direct, Score: score,
	})
	if a.back >= 0 {
		x.replaceWithLast(a.back)
	}
	if a.speaker != "" {
		x.lastSpeaker = a.speaker
	}
	x.lastAttr = x.unit
}

// afterAddressee returns where the statement after the English reporting
// verb in tokens [a, b) starts: past whom "told" addresses ("told CNBC the
// numbers showed …", "told reporters that …").
func (p *passage) afterAddressee(a, b int) int {
	switch p.lw(a) {
	case "told", "tells", "tell":
	default:
		return b
	}
	k := b
	if p.isWord(k) && (p.has(k, fPron) || p.lw(k) == "him" || p.lw(k) == "her" || p.lw(k) == "them" || p.lw(k) == "me" || p.lw(k) == "us") {
		k++
	} else if n := p.npRight(b); !n.empty() && !n.pp && n.b-n.a <= 4 {
		k = n.b
	} else {
		for k < len(p.toks) && k < b+3 && (p.englishNoun(k) || p.isWord(k) && p.toks[k].cap) && p.lw(k) != "that" {
			k++ // "told local radio", "told reporters"
		}
	}
	if p.isWord(k) && p.lw(k) == "that" {
		k++
	}
	return k
}

// urging reports an English verb of appeal at token i followed by its
// addressee and an infinitive: "urged residents to follow …", "asked the
// court to …".
func (p *passage) urging(i int) bool {
	switch p.lw(i) {
	case "urge", "urges", "urged", "ask", "asks", "asked": // the reporting verbs among the verbs of appeal
	default:
		return false
	}
	for k := i + 1; k < len(p.toks) && k <= i+5 && p.isWord(k); k++ {
		if p.lw(k) == "to" && p.isWord(k+1) && !p.toks[k+1].cap && !p.has(k+1, fDet) {
			return true
		}
	}
	return false
}

// label returns how the speaker opens the claim's text. A speaker whose
// article was dropped before an adjective in its nominative form ("das
// zwölfköpfige Gremium", "der behandelnde Arzt", "die politischen Berater")
// gets it back: "Zwölfköpfige Gremium" is no German, and the strong form
// ("Zwölfköpfiges Gremium") would need the noun's gender, which the
// article in the passage already gives. "der" and "das" count only before
// an adjective ending in e ("der zuständigen Behörde" is a dative). A
// name the passage quotes keeps its spelling („heise online“); any other
// label goes through labelCase.
func (a *attr) label(label string) string {
	p := a.p
	for k := max(a.sp.a, 1); k < a.sp.b && k <= a.sp.a+2; k++ {
		// (the mark opens the phrase or follows its article: "die „taz“")
		if p.isQuote(k-1) && strings.HasPrefix(label, p.w(k)) {
			return label // a quoted name keeps its spelling: "heise online"
		}
	}
	if d := a.sp.a; d >= 0 && d+2 < a.sp.b && p.has(d, fDet) && !p.toks[d+1].cap && label == p.textOf(d+1, a.sp.b) {
		switch lw := p.lw(d); {
		case lw == "die", (lw == "der" || lw == "das") && strings.HasSuffix(p.lw(d+1), "e"):
			return p.x.upperFirst(p.textOf(d, a.sp.b))
		}
	}
	return p.x.labelCase(label)
}

// labelCase capitalises a speaker that opens a claim's text when it starts
// with an adjective or a common noun: "Israelische Regierung: …",
// "Finance ministry: …", "Officials: …". The speaker field keeps the
// article's spelling, and a name written in lower case stays so ("n-tv",
// "dpa", "t-online.de"): a German one-word label, or one whose first word
// holds other signs than letters and hyphens ("baden-württembergische SPD"
// is an adjective).
func (x *extractor) labelCase(label string) string {
	first, _, more := strings.Cut(label, " ")
	if strings.IndexFunc(first, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
		return label
	}
	if !more && (x.lang != "en" || strings.IndexFunc(first, unicode.IsUpper) >= 0) {
		// one word: in German a name written in lower case; in English a
		// common noun ("officials") unless it has a capital ("eBay")
		return label
	}
	return x.upperFirst(label)
}

// pronounFrame reports an attribution whose speaker is a pronoun in the
// passage, resolved to someone the article named, while the statement st
// does not read alone: it starts with the verb left from its frame ("halte
// es für vertretbar und bezeichnete …"), with a conjunction that leans on
// the frame, or is the whole passage, pronoun included ("Zudem bezeichnete
// er die Erweiterung als „maßvoll“"). Such a claim reads as the passage
// with the pronoun replaced by the person's name ("Zudem bezeichnete Mathis
// Gerlach die Erweiterung als „maßvoll“"): the form a reviewer would write
// (CLAIMS.md rule 2) and the one a speaker named in the passage gets (see
// emit). A statement that reads alone keeps the usual form, "Mathis
// Gerlach: Er halte es für vertretbar.", and so does a pronoun of the
// first person, which stands in the speaker's own words.
func (a *attr) pronounFrame(st string) bool {
	p := a.p
	if a.sp.a < 0 || a.sp.b != a.sp.a+1 || !p.has(a.sp.a, fPron) || a.speaker == "" || a.speaker == p.w(a.sp.a) {
		return false
	}
	if lw := p.lw(a.sp.a); lw != "er" && lw != "sie" && lw != "he" && lw != "she" && lw != "they" {
		return false // "ich", "wir": the speaker's own words keep their person
	}
	return leansOnFrame(st) || a.of == "" && startsLower(st) || st == p.textOf(0, len(p.toks))
}

// startsLower reports whether the statement st starts with a lower-case
// letter: a verb or participle left over from its frame ("kündigte an, 500
// Stellen zu streichen"), which does not read alone.
func startsLower(st string) bool {
	r, _ := utf8.DecodeRuneInString(st)
	return unicode.IsLower(r)
}

// frameConjunctions open a clause that gives a reason, a condition or a
// concession, or a relative clause on the frame's object ("Berichte,
// wonach …"): a statement that starts with one leans on the frame it was
// cut from ("…, da er jeder Grundlage entbehre").
var frameConjunctions = words(`da weil denn obwohl obgleich wenn falls sofern zumal wonach wobei womit
	weshalb weswegen since because although though if`)

// frameConjunctionLens has bit n set when a frame conjunction is n bytes
// long: a first word of another length ("Die", "Der") needs no look-up.
var frameConjunctionLens = func() (set uint64) {
	for w := range frameConjunctions {
		set |= 1 << len(w)
	}
	return set
}()

// leansOnFrame reports whether the statement st starts with one of
// frameConjunctions. The conjunctions are ASCII words of at most eight
// letters: a first word in ASCII is lower-cased on the stack (a longer one
// is none of them), any other by strings.ToLower, which also maps a few
// other letters to ASCII ones ("İ" to "i"), unless a letter it holds (a
// quotation mark, "Ä") lower-cases to one that is no ASCII.
func leansOnFrame(st string) bool {
	end := strings.IndexByte(st, ' ')
	if end <= 0 {
		return false
	}
	w := st[:end]
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(w[i:]); unicode.ToLower(r) >= utf8.RuneSelf {
				return false
			}
			return frameConjunctions.has(strings.ToLower(w))
		}
		if i < len(buf) {
			buf[i] = lowerTable[w[i]]
		}
	}
	if len(w) > len(buf) || frameConjunctionLens&(1<<len(w)) == 0 {
		return false
	}
	_, ok := frameConjunctions[string(buf[:len(w)])]
	return ok
}

// quotation reports whether quotation q quotes someone's words rather than
// naming a title ("One Hundred Years of Solitude": every longer word
// capitalised) or marking a single word ("cuties"). Both tests are for
// English: German news marks even one quoted word as the speaker's own
// („einzudämmen“), and capitalises every noun, so there every quotation
// quotes, and its words need no count.
func (p *passage) quotation(q Span) bool {
	if !p.en {
		return true
	}
	words, capped := 0, 0
	for i, t := range p.toks {
		if !p.inQuote[i] || t.start <= q.Start || t.end >= q.End || t.kind != tWord {
			continue
		}
		words++
		if t.cap || t.end-t.start < 4 {
			capped++
		}
	}
	if words >= 2 && capped == words {
		return false
	}
	return words >= 3 || q.Start == p.start
}

// innerQuote strips the quotation marks and a trailing comma from a quotation.
func innerQuote(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	_, m := utf8.DecodeLastRuneInString(s)
	if n+m > len(s) {
		return s
	}
	return trimMarks(s[n:len(s)-m], ", ")
}

// statement returns what was said, in the article's words with the frame
// taken out, and the byte range it comes from.
func (a *attr) statement() (string, int, int) {
	p := a.p
	n := len(p.toks)
	end := n
	if a.back >= 0 {
		c := &p.x.out.Claims[a.back]
		return c.Text, c.Start, c.End
	}
	if a.followOn && a.sp.a >= 0 {
		// "BKA-Präsident Ziercke: „…“", "Koppelin wörtlich: „…“": a frame
		// without a verb that names the speaker, a person, is the label's
		// to give ("Seine Meinung zu Kirchhoff: „…“" names no one)
		if c := p.colonLabel(0); c >= a.sp.b && p.x.personIndex(a.speaker) >= 0 {
			return p.textOf(c+1, end), p.toks[c+1].start, p.end
		}
	}
	if a.followOn || a.whole || a.speech == nil && a.src == nil {
		return p.textOf(0, end), p.start, p.end
	}
	cueA, cueB := -1, -1
	if a.speech != nil {
		cueA, cueB = a.speech.a, a.speech.b
	}
	var srcA, srcB int = -1, -1
	if a.src != nil {
		srcA, srcB = min(a.src.a, a.src.src.a), max(a.src.b, a.src.src.b)
		if p.quotedNameEnding(srcB) >= 0 {
			srcB++ // the closing mark of "laut „Welt“"
		} else if q := p.quotedNameAfter(a.src.src); q >= 0 && srcB == a.src.src.b {
			if k := p.quotedNameClose(q); k > q {
				srcB = k + 1 // "laut einem Bericht der Zeitung „Die Welt“"
			}
		}
	}
	// frame start and end over cue, speaker and source phrases
	fa, fb := n, -1
	for _, r := range [][2]int{{cueA, cueB}, {a.sp.a, a.sp.b}, {srcA, srcB}} {
		if r[0] >= 0 && r[1] > r[0] {
			fa, fb = min(fa, r[0]), max(fb, r[1])
		}
	}
	if fb < 0 {
		return p.textOf(0, end), p.start, p.end
	}
	aux := a.aux
	if aux == -2 {
		aux = p.auxBefore(cueA)
	}
	if cueA >= 0 && aux >= 0 && aux < fa {
		fa = aux
	}
	if p.en && fa > 0 && p.has(fa-1, fDet) {
		fa-- // "…, the Labor Department said"
	}
	fb = p.particleEnd(a.speech, fb)
	if a.speech != nil && fb == cueB && p.has(fb, fAux) && p.boundary(fb+1) && !p.inQuote[fb] {
		fb++ // the auxiliary after a participle: "wie Hoyzer zitiert wird"
	}
	// "sprach von 800 Autos, die …": the noun phrase is what was said, the
	// verb and its preposition qualify the speaker
	o := -1 // only a reporting verb has an object phrase
	if cueA >= 0 {
		o = p.ofObject(cueA)
	}
	if o >= 0 && o >= fb && o+1 < n && !p.isQuote(o+1) {
		a.of = p.x.cat(p.textOf(cueA, cueB), " ", p.w(o))
		return p.textOf(o+1, end), p.toks[o+1].start, p.end
	}
	if st, sa, sb, ok := p.frameBetween(fa, fb, cueA); ok {
		return st, sa, sb
	}
	// "Wie ein Sprecher mitteilte, bleibt die Brücke gesperrt."
	if fa > 0 && p.isWord(fa-1) && (p.lw(fa-1) == "wie" || p.lw(fa-1) == "as") && fb < n && p.is(fb, ',') && fb+1 < n {
		return p.verbSecondMain(fb+1, end), p.toks[fb+1].start, p.end
	}
	// 1. a dass-clause after the cue
	d := -1 // only a reporting verb takes a dass-clause: the search is for it alone
	if a.speech != nil {
		d = p.firstOutside(max(cueA, 0), "dass", "daß", "that")
	}
	if d >= 0 && d+1 < n && d >= fb-1 {
		if p.isQuote(d+1) || p.en {
			s := p.textOf(d+1, end)
			switch {
			case !p.en:
				s = p.x.cat(p.textOf(cueA, cueB), ", dass ", s)
			case !p.isQuote(d + 1):
				s = p.x.upperFirst(s) // an English that-clause is a main clause
			}
			return s, p.toks[d+1].start, p.end
		}
		if s, ok := p.verbSecond(d+1, end); ok {
			return s, p.toks[d+1].start, p.end
		}
		// a clause the extractor cannot put into main-clause order keeps
		// its frame, which starts in lower case, so emit gives the
		// sentence as written: "Weit mehr Menschen durch die Katastrophe
		// getötet worden sein könnten" would not read alone
		return p.x.cat(p.textOf(cueA, cueB), ", dass ", p.textOf(d+1, end)), p.toks[d+1].start, p.end
	}
	// an inserted source frame: "Doch sei es, so der Schriftsteller Musa
	// Okwanga in einem Blog, ein Haufen mächtiger Leute gewesen"
	if a.src != nil && a.src.kind == cueSo && fa > 1 && p.is(fa-1, ',') {
		if c := p.frameClose(fb); c > fb || c < n && p.is(c, ',') {
			if c+1 < n {
				return p.x.joinText(p.textOf(0, fa-1), p.textOf(c+1, end)), p.start, p.end
			}
		}
	}
	// 2. the frame follows the statement: „…“, sagte X. (Not when a clause
	// follows the frame: "Der Chef der Grünen, Markus Feld, sagte, …")
	// (An English frame may end in an apposition: "…,” said Jane Foley,
	// senior strategist at Rabobank.")
	// In German, an apposition may close the frame too ("…“, sagte Bill
	// Graham, Parteichef der Liberalen."), while a frame with more than a
	// short tail after it is no trailing frame ("In einem Bericht, der …
	// veröffentlicht wurde, rechtfertigte das Ministerium die …").
	trailing := !p.en && fb+1 < n && p.is(fb, ',') && p.bareNP(fb+1, p.endWords())
	if t := p.englishFrameStart(cueA); t > 0 {
		fa, trailing = min(fa, t), true // the frame takes in the speaker's role: "regional president Juanma Moreno told"
	}
	// A bare noun phrase before the comma is the subject the frame sets
	// in apposition, not a statement: "Der Vorsitzende des Verbands,
	// Michael Knipper, kritisierte …: „…“".
	if fa > 0 && (p.is(fa-1, ',') || p.isQuote(fa-1)) && (trailing || !(fb+1 < n && (p.is(fb, ',') || p.is(fb, ':')))) &&
		!(p.is(fa-1, ',') && p.bareNP(0, fa-1)) && (p.en || trailing || p.endWords()-fb <= 8) {
		cut := fa
		if p.is(fa-1, ',') {
			cut = fa - 1
		}
		from := p.dateline()
		return p.textOf(from, cut), p.toks[from].start, p.toks[cut-1].end
	}
	// 3. the frame opens the passage and a colon or comma follows it; a
	// short adverbial before it ("Im November") qualifies the speaker
	if fb < n && (p.is(fb, ':') || p.is(fb, ',')) && fb+1 < n {
		if p.is(fb, ',') && cueA >= 0 && namingVerb(p.lw(cueA)) {
			// "Angesichts solcher Alternativen nannte Reinhard Jung,
			// Geschäftsführer des Bauernbundes, die Kartoffel „überflüssig“":
			// what was named is the object with its quotation, which reads
			// only in the sentence
			a.asWritten = true
			return p.textOf(0, end), p.start, p.end
		}
		if cueA >= 0 && a.sp.a >= 0 && p.is(fb, ',') && p.zuInfinitive(fb+1, end) {
			// "hat angekündigt, eine Kommission zu gründen": the
			// infinitive names no one, so the verb stays with it and
			// emit keeps the sentence, which names the speaker (see
			// startsLower)
			return p.textOf(cueA, end), p.toks[cueA].start, p.end
		}
		if p.is(fb, ',') {
			if c := p.colonLabel(fb + 1); c > fb {
				// an apposition closes the frame: "sagte Jon Bon Jovi,
				// Gründer der Rockband: „…“"
				fb = c
			}
		}
		if fa > 0 && fa <= 4 && p.isWord(0) && p.has(0, fPrep) && a.medium == "" {
			a.when = lowerFirst(p.textOf(0, fa))
		}
		return p.x.upperFirst(p.textOf(fb+1, end)), p.toks[fb+1].start, p.end
	}
	// 4. a source phrase alone: "Nach Angaben X versuchen die USA …"
	if a.speech == nil && srcA >= 0 {
		if srcA == 0 {
			if p.is(srcB, ',') {
				srcB++
			}
			return p.verbSecondMain(srcB, end), p.toks[min(srcB, n-1)].start, p.end
		}
		return p.x.joinText(p.textOf(0, srcA), p.textOf(srcB, end)), p.start, p.end
	}
	// 5. the reporting verb inside the statement: "prangerten … an". A
	// phrase fronted before the verb, its subject after it, is kept with
	// the whole sentence: "Die Erweiterung bezeichnete er als „maßvoll“"
	// does not read alone as "bezeichnete als „maßvoll“".
	if !p.en && cueA > 0 && a.sp.a > cueA && a.src == nil && !p.commaBefore(cueA) {
		return p.textOf(0, end), p.start, p.end
	}
	from := cueA
	if p.en {
		from = p.afterAddressee(cueA, cueB)
		if p.urging(cueA) {
			// "urged residents to follow the advice": an appeal, which
			// reads only with its frame
			a.asWritten = true
			return p.textOf(0, end), p.start, p.end
		}
	}
	var partsBuf [3]string // at most one part before each of two phrases, and the rest
	parts := partsBuf[:0]
	k := from
	for _, r := range [][2]int{{a.sp.a, a.sp.b}, {srcA, srcB}} {
		if r[0] >= k && r[1] > r[0] {
			parts = append(parts, p.textOf(k, r[0]))
			k = r[1]
		}
	}
	parts = append(parts, p.textOf(k, end))
	if from >= n {
		return p.textOf(0, end), p.start, p.end
	}
	if p.en {
		return p.x.upperFirst(p.x.joinText(parts...)), p.toks[from].start, p.end
	}
	return p.x.joinText(parts...), p.toks[from].start, p.end
}

// colonLabel returns the colon before a quotation that ends a frame
// without a verb from token a on ("BKA-Präsident Ziercke: „…“", "Gründer
// der Rockband: „…“", "Koppelin wörtlich: „…“"), or -1. The frame holds
// only capitalised words, articles, prepositions, adverbs, commas and
// adjectives not ending in e (which could be a verb in the past: "Hier
// sparte der Präsident nicht mit Kritik: „…“" is a sentence).
func (p *passage) colonLabel(a int) int {
	for k := a; k < len(p.toks)-1 && k < a+12; k++ {
		switch {
		case p.inQuote[k]:
			return -1
		case p.is(k, ':'):
			if k > a && (p.toks[k+1].kind == tQuoteOpen || p.toks[k+1].kind == tQuoteAmb) {
				return k
			}
			return -1
		case p.is(k, ','), p.toks[k].kind == tDash:
		case !p.isWord(k) || p.has(k, fFinite|fCue|fAux) || k == a && p.has(k, fPrep):
			return -1 // (a preposition first makes a topic: "Zu den Vorgängen in Tibet: „…“")
		case p.toks[k].cap, p.has(k, fDet|fPrep|fAdv), p.lw(k) == "wörtlich":
		case p.has(k, fConj|fRel) || !p.adjective(k) || strings.HasSuffix(p.lw(k), "e"):
			return -1
		}
	}
	return -1
}

// zuInfinitive reports a clause from token a without a finite verb that
// ends, at its first comma or at end, with an infinitive with "zu": "eine
// Kommission zu gründen", "den Antrag einzubringen".
func (p *passage) zuInfinitive(a, end int) bool {
	last, stop := -1, end
	for k := a; k < end; k++ {
		if p.inQuote[k] {
			continue
		}
		if c := p.mark(k); c == ',' || c == ';' || c == ':' {
			stop = k
			break
		}
		if p.isWord(k) {
			last = k
		}
	}
	if last <= a || p.toks[last].cap {
		return false
	}
	if !p.zuForm(last) {
		return false
	}
	// only now, for the few clauses that end so, the words before
	for k := a; k < stop; k++ {
		if p.inQuote[k] || !p.isWord(k) {
			continue
		}
		if p.has(k, fFinite|fSubj) {
			return false // "die Steuern würden … steigen"
		}
		if lw := p.lw(k); lw == "um" || lw == "ohne" || lw == "statt" || lw == "anstatt" {
			return false // "die Union benötige die SPD um eine Regierung zu bilden": a purpose inside a clause
		}
	}
	return true
}

// zuForm reports an infinitive with "zu" at token k: "zu sein", "zu tun",
// or one word, "einzubringen", "voranzubringen".
func (p *passage) zuForm(k int) bool {
	if p.lw(k-1) == "zu" {
		return true
	}
	lw := p.lw(k)
	return len(lw) >= 8 && strings.HasSuffix(lw, "n") && strings.Contains(lw[2:len(lw)-4], "zu")
}

// verbSecond turns a subordinate clause with the verb last into a main
// clause: "China und Russland „…“ müssten, um …" becomes "China und Russland
// müssten „…“, um …". A separable verb splits, its particle going last:
// "die Ablagerungen keine Gefahr darstellen" becomes "Die Ablagerungen
// stellen keine Gefahr dar". It reports false when a clause that opens
// with a lower-case word has no subject to put the verb after (an adverb
// first: "weit mehr Menschen … getötet worden sein könnten") or no verb
// last before the first comma (an infinitive with zu is no finite verb:
// "dass er mehr Zeit brauche um Bauprojekte voranzubringen" lacks the
// comma before "um"); a clause that opens with a number, a name
// or a quotation comes back as written ("15 Zivilisten starben").
func (p *passage) verbSecond(a, end int) (string, bool) {
	ce := a
	for ce < end && !(p.is(ce, ',') && !p.inQuote[ce]) && !p.is(ce, '.') {
		ce++
	}
	v := ce - 1
	refl := a // "dass sich der Ausschuss damit befassen soll": the subject after "sich"
	if p.isWord(a) && p.lw(a) == "sich" {
		refl = a + 1
	}
	subj := p.withGenitive(p.npRight(refl))
	if refl == a && p.isWord(a) && p.has(a, fPrep) && !p.inQuote[a] {
		// a fronted phrase takes the first place: "dass im Jahr 2011 fünf
		// Millionen Euro beschlagnahmt wurden" becomes "Im Jahr 2011
		// wurden fünf Millionen Euro beschlagnahmt"
		if obj := p.npRight(a + 1); !obj.empty() && obj.a == a+1 {
			subj = np{a, obj.b, false}
			if subj.b < v && p.toks[subj.b].kind == tNum {
				subj.b++
			}
		}
	}
	if q := subj.b; !subj.empty() && q+1 < v && p.isQuote(q) && p.toks[q+1].cap {
		// a quoted name in apposition stays with its noun: "bei der
		// Meeresschnecke „Chelidonura hirundinina“ herrscht …" (a quoted
		// predicate does not: "der Antrag sei „keine Vorentscheidung“")
		if name := p.quotedSource(q); !name.empty() && name.b < v {
			subj.b = name.b + 1
		}
	}
	if v <= refl || !p.isWord(v) || p.toks[v].cap || p.inQuote[v] || p.zuForm(v) || subj.empty() || subj.a != refl || subj.b >= v {
		// a clause that opens with a number, a name or a quotation often
		// reads in its own order ("15 Zivilisten starben"); one that opens
		// with a lower-case word does not
		return p.x.upperFirst(p.textOf(a, end)), !p.isWord(a) || p.inQuote[a] || p.toks[a].cap
	}
	for k := subj.b; k < v; k++ {
		if p.isWord(k) && !p.inQuote[k] && (p.lw(k) == "und" || p.lw(k) == "oder") {
			// two clauses share the dass ("… zwangsrekrutiert hat und
			// Mädchen zu Sexsklavinnen machte"): moving the last verb would
			// garble them; left as written, the clause makes emit keep the
			// sentence when it opens with a lower-case article
			return p.textOf(a, end), true
		}
	}
	verb, particle := p.splitSeparable(p.w(v))
	var s string
	if refl > a {
		s = p.x.joinText(p.textOf(subj.a, subj.b), verb, p.w(a), p.textOf(subj.b, v), particle)
	} else {
		s = p.x.joinText(p.textOf(a, subj.b), verb, p.textOf(subj.b, v), particle)
	}
	return p.x.upperFirst(p.x.cat(s, p.text[p.toks[v].end:p.toks[end-1].end])), true
}

// verbSecondMain turns a clause that starts with its verb (after a fronted
// source phrase was taken out) into subject–verb order: "versuchen die USA,
// …" becomes "Die USA versuchen, …".
func (p *passage) verbSecondMain(a, end int) string {
	if a >= end {
		return ""
	}
	if p.en {
		return p.x.upperFirst(p.textOf(a, end))
	}
	if p.isWord(a) && !p.toks[a].cap {
		if subj := p.withGenitive(p.npRight(a + 1)); !subj.empty() && subj.a == a+1 {
			if p.nounObject(subj) {
				return p.textOf(0, end)
			}
			return p.x.upperFirst(p.x.cat(p.x.joinText(p.textOf(subj.a, subj.b), p.w(a)), p.text[p.toks[subj.b-1].end:p.toks[end-1].end]))
		}
		// "belaufen sich die Investitionen auf …", "bleibt damit die Brücke
		// gesperrt": the subject after "sich" or adverbs
		if subj := p.npRight(a + 1); !subj.empty() && subj.a > a+1 && subj.b < end {
			return p.x.upperFirst(p.x.cat(p.x.joinText(p.textOf(subj.a, subj.b), p.w(a), p.textOf(a+1, subj.a)), p.text[p.toks[subj.b-1].end:p.toks[end-1].end]))
		}
		// "wurden bei dem Unfall drei Menschen verletzt": the subject
		// follows a prepositional phrase; without one the phrase takes the
		// place of the frame: "Im vergangenen Jahr wurden 31 Millionen …"
		if p.isWord(a+1) && p.has(a+1, fPrep) {
			pp := p.npRight(a + 2)
			ppEnd, subj := pp.b, np{pp.b, pp.b, false}
			if pp.a > a+2 {
				// the noun of "am Montag" is read as an adverb
				ppEnd, subj = pp.a, pp
			} else if !pp.empty() {
				subj = p.npRight(pp.b)
			}
			if !subj.empty() && subj.a == ppEnd {
				return p.x.upperFirst(p.x.cat(p.x.joinText(p.textOf(subj.a, subj.b), p.w(a), p.textOf(a+1, ppEnd)),
					p.text[p.toks[subj.b-1].end:p.toks[end-1].end]))
			}
			if ppEnd > a+2 && ppEnd < end && !p.toks[a+1].cap {
				return p.fronted(a, a+1, ppEnd, end)
			}
		}
		// "sind dort zuletzt 42 Brutpaare gezählt worden"
		if p.isWord(a+1) && p.has(a+1, fAdv) && !p.has(a+1, fConj) && !p.toks[a+1].cap && a+2 < end {
			return p.fronted(a, a+1, a+2, end)
		}
		// nothing to front: a clause that starts with its verb does not
		// read alone, so keep the whole sentence
		return p.textOf(0, end)
	}
	return p.x.upperFirst(p.textOf(a, end))
}

// withGenitive extends the noun phrase n over a genitive without an
// article that follows it, one or two adjectives ending in er and a noun:
// "die Geldsendungen lateinamerikanischer Migranten", so that the verb
// moved after the subject does not split them.
func (p *passage) withGenitive(n np) np {
	k := n.b
	for k < n.b+2 && p.adjective(k) && strings.HasSuffix(p.lw(k), "er") && !p.has(k, fDet|fPron) {
		k++
	}
	if !n.empty() && k > n.b && p.isWord(k) && p.toks[k].cap && !p.inQuote[k] {
		n.b = k + 1
	}
	return n
}

// nounObject reports a subject phrase of an article and two or more
// capitalised words whose last may be the object that follows the
// subject: "hat der Konzern Gewinne gemacht". The chunker reads it as one phrase, as it must for a
// name in apposition ("der Konzern Siemens"); which one it is takes a
// lexicon of nouns, so such a clause keeps the sentence as written rather
// than risk "Der Konzern Gewinne hat gemacht". A last word that is a
// known name, a given name or an acronym is taken for a name.
func (p *passage) nounObject(n np) bool {
	if n.b-n.a < 3 || !p.has(n.a, fDet) {
		return false
	}
	for k := n.a + 1; k < n.b; k++ {
		if !p.isWord(k) || !p.toks[k].cap {
			return false
		}
	}
	k := n.b - 1
	return !p.toks[k].upper && !p.has(k, fFirstName|fDet) && !p.knownPart(k) && !p.inQuote[k]
}

// fronted puts the phrase in tokens [a, b) before the verb at token v = a-1
// and lets the rest up to token end follow: "wurden im Jahr 31 Millionen
// umgeschlagen" becomes "Im Jahr wurden 31 Millionen umgeschlagen".
func (p *passage) fronted(v, a, b, end int) string {
	return p.x.cat(p.x.upperFirst(p.x.cat(p.textOf(a, b), " ", p.w(v))), p.text[p.toks[b-1].end:p.toks[end-1].end])
}

// lowerFirst lower-cases the first letter of s.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
