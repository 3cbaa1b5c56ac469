package claims

import "strings"

// linkLabels are the teaser and link labels news sites print in capitals
// before a link, often glued to the next sentence on the same line:
// "SEHEN. Im November sagte …".
var linkLabels = words(`sehen lesen mehr video videos fotos bilder galerie watch read see
	related anzeige werbung live ticker audio podcast hören auch`)

// boilerStarts begin a passage that is site furniture rather than news.
var boilerStarts = newPrefixList(
	"lesen sie auch", "lesen sie mehr", "mehr zum thema", "mehr dazu", "auch interessant",
	"das könnte sie auch interessieren", "foto:", "fotos:", "bild:", "bilder:", "video:",
	"quelle:", "anzeige", "werbung", "read more", "read also", "also read", "related:",
	"watch:", "photo:", "image:", "advertisement", "sponsored", "©", "(c) ", "copyright",
	"siehe auch", "(siehe", "(mehr zum thema", "(lesen sie", "see also", "(see also",
)

// boilerPhrases anywhere in a short passage mark it as promotion or a prompt.
var boilerPhrases = []string{
	"melden sie sich an", "erstellen sie ein konto", "newsletter", "abonnieren sie",
	"jetzt abonnieren", "abonnement", "unbegrenzter zugang", "kostenloser zugang",
	"verpassen sie nichts", "jetzt registrieren", "registrieren sie sich", "hier klicken",
	"klicken sie hier", "folgen sie uns", "alle rechte vorbehalten", "cookies",
	"sign up", "subscribe", "create an account", "click here", "follow us",
	"all rights reserved", "log in to", "download the app", "app herunterladen",
	"getty images", "picture alliance", "imago images",
}

// boilerTriggers are the words of boilerPhrases that are rare in news text;
// a passage is searched for the phrases only when it holds one of them.
var boilerTriggers = func() wordSet {
	s := make(wordSet)
	for _, ph := range boilerPhrases {
		f := strings.Fields(ph)
		w := f[0]
		for _, x := range f {
			if len(x) > len(w) {
				w = x
			}
		}
		s[strings.TrimRight(w, ":")] = struct{}{}
	}
	return s
}()

// maxBoilerWords is the longest passage, in words, that a boilerplate phrase
// inside it condemns; longer passages are news that mentions, say, a
// newsletter.
const maxBoilerWords = 30

// linkLabel returns the end of a capitalised link label that opens the
// passage ("SEHEN." or "LESEN SIE AUCH:") when real text follows it on the
// same line, or start when there is none.
func (x *extractor) linkLabel(start, end int) int {
	i := start
	known := false
	for i < end {
		j := i
		for j < end && (x.text[j] >= 'A' && x.text[j] <= 'Z' || x.text[j] >= 0x80 && x.text[j] != 0xE2) {
			j++
		}
		if j-i < 2 || x.low[i:j] == x.text[i:j] {
			return start
		}
		if linkLabels.has(x.low[i:j]) {
			known = true
		}
		i = j
		if i < end && x.text[i] == ' ' {
			i++
			continue
		}
		break
	}
	if !known || i >= end || (x.text[i] != '.' && x.text[i] != ':' && x.text[i] != '!') {
		return start
	}
	return i + 1
}

// skipReason says why a passage holds no claim, if it does not.
func (x *extractor) skipReason(p *passage) (SkipReason, bool) {
	low := x.low[p.start:p.end]
	nw := p.words()
	if boilerStarts.match(low) {
		return SkipBoilerplate, true
	}
	if nw <= maxBoilerWords && p.hasFlag(fBoiler) {
		for _, s := range boilerPhrases {
			if strings.Contains(low, s) {
				return SkipBoilerplate, true
			}
		}
	}
	if x.lastSkip == SkipBoilerplate && nw <= 5 && p.start-x.lastSkipEnd < 200 && !hasNewline(x.text[x.lastSkipEnd:p.start]) {
		return SkipBoilerplate, true
	}
	last := p.lastMark()
	if last == '?' {
		if !p.quotedQuestion() {
			return SkipQuestion, true
		}
		last = '.' // a sentence that reports a question
	}
	if x.aloneOnLine(p.start, p.end) && nw <= 15 && !bullet(x.text[p.start]) {
		if last != '.' && last != '!' && last != ':' && last != ';' {
			return SkipHeading, true
		}
		if p.quoted() && nw <= 8 && !p.hasFinite() {
			return SkipHeading, true
		}
	}
	if x.opinion(p, low) {
		return SkipOpinion, true
	}
	return "", false
}

// opinion reports a passage that states a view with nothing checkable in
// it: it opens with an opinion marker, or it is a bare exclamation.
func (x *extractor) opinion(p *passage, low string) bool {
	if len(p.toks) == 0 || p.lastMark() != '!' && !x.lex.opinion.mayStart(low[0]) || p.hasDigit() {
		return false
	}
	if p.lastMark() == '!' && p.words() <= 4 {
		return true
	}
	if x.lex.opinion.match(low) {
		return !p.hasName(1)
	}
	return false
}

// hasFlag reports whether a word of the passage has flag f.
func (p *passage) hasFlag(f uint32) bool { return p.flags&f != 0 }

// bullet reports whether a line starting with byte c is a list item.
func bullet(c byte) bool { return c == '*' || c == '-' || c == '+' }

func hasNewline(s string) bool { return strings.IndexByte(s, '\n') >= 0 }

// aloneOnLine reports whether text[start:end] is the only text on its line.
func (x *extractor) aloneOnLine(start, end int) bool {
	for i := start - 1; i >= 0 && x.text[i] != '\n'; i-- {
		if x.text[i] != ' ' && x.text[i] != '\t' {
			return false
		}
	}
	for i := end; i < len(x.text) && x.text[i] != '\n'; i++ {
		if x.text[i] != ' ' && x.text[i] != '\t' && x.text[i] != '\r' {
			return false
		}
	}
	return true
}
