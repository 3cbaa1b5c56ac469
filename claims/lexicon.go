package claims

import "strings"

// wordSet is a set of lower-case words.
type wordSet map[string]struct{}

// words builds a wordSet from space-separated lists.
func words(lists ...string) wordSet {
	s := make(wordSet)
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			s[w] = struct{}{}
		}
	}
	return s
}

func (s wordSet) has(w string) bool { _, ok := s[w]; return ok }

// cueVerb describes one finite or participle form of a reporting verb.
type cueVerb struct {
	// particle is the separable prefix that must follow later in the clause
	// for the form to be a reporting verb ("teilte … mit"); "" for none.
	particle string
	// thought marks verbs of thinking and hoping (glaubt, hofft), which report
	// a view rather than an utterance and need a clause to follow.
	thought bool
	// participle marks forms used with an auxiliary: "hat gesagt", "wird zitiert".
	participle bool
}

// lexicon holds the word lists of one language. Each list is data: the
// extractor's rules only ask whether a lower-cased word is in it.
type lexicon struct {
	determiners  wordSet
	prepositions wordSet
	pronouns     wordSet
	adverbs      wordSet // skipped between a reporting verb and its subject
	conjunctions wordSet // start a subordinate clause
	relatives    wordSet // relative pronouns
	subjunctive  wordSet // Konjunktiv forms that mark reported speech
	cues         map[string]cueVerb
	// sources are prepositions that name the source of a statement:
	// "laut", "gemäß", and the first words of multi-word sources.
	sources wordSet
	// postSources follow the source they name: "X zufolge".
	postSources wordSet
	// finite are common finite verbs and auxiliaries, used to tell a
	// sentence from a heading.
	finite wordSet
	// groups are lower-case nouns that can speak: "police", "officials".
	groups wordSet
	// numberWords maps spelled-out numbers to their value.
	numberWords map[string]float64
	// units are measure words kept as written after a number.
	units wordSet
	// opinion are the openings of a sentence that states a view: "ich finde",
	// "I think".
	opinion []string
	// months maps month names to their number.
	months map[string]int
}

// roleSuffixes end nouns that name a person by office or job: Präsident,
// Außenministerin, Regierungssprecher, spokesman. Checked on the lower-cased
// word, so compounds match too.
var roleSuffixes = []string{
	"präsident", "präsidentin", "präsidenten", "minister", "ministerin", "kanzler", "kanzlerin",
	"sprecher", "sprecherin", "chef", "chefin", "chefs", "kollege", "kollegin", "vorsitzende",
	"vorsitzender", "leiter", "leiterin", "direktor", "direktorin", "trainer", "trainerin",
	"abgeordnete", "abgeordneter", "sekretär", "sekretärin", "botschafter", "botschafterin",
	"meister", "meisterin", "könig", "königin", "anwalt", "anwältin", "richter", "richterin",
	"senator", "senatorin", "gouverneur", "gouverneurin", "experte", "expertin", "professor",
	"professorin", "autor", "autorin", "sänger", "sängerin", "schauspieler", "schauspielerin",
	"regisseur", "regisseurin", "manager", "managerin", "ökonom", "ökonomin", "forscher",
	"forscherin", "politiker", "politikerin", "papst", "premier", "kommissar", "kommissarin",
	"general", "polizist", "polizistin", "ermittler", "ermittlerin", "sprecher", "beauftragte",
	"beauftragter", "bischof", "kapitän", "staatsanwalt", "staatsanwältin", "vorstand",
	"gründer", "gründerin", "unternehmer", "unternehmerin", "analyst", "analystin", "arzt", "ärztin",
	"president", "minister", "chancellor", "spokesman", "spokeswoman", "spokesperson",
	"secretary", "senator", "governor", "mayor", "chief", "director", "ceo", "chairman",
	"chairwoman", "detective", "officer", "judge", "professor", "leader", "lawyer", "coach",
	"counterpart", "prosecutor", "sheriff", "economist", "analyst", "researcher", "author",
}

// isRole reports whether a lower-case noun names an office or job.
func isRole(low string) bool {
	for _, s := range roleSuffixes {
		if strings.HasSuffix(low, s) {
			return true
		}
	}
	return false
}

// lexiconFor returns the lexicon of lang ("de" or "en").
func lexiconFor(lang string) *lexicon {
	if lang == "en" {
		return english
	}
	return german
}
