package claims

import (
	"strings"

	"github.com/factdesk/factdesk/claims/internal/swar"
)

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
	// for the form to be a reporting verb ("teilte … mit"), or several
	// joined by "|"; "" for none.
	particle string
	// thought marks verbs of thinking and hoping (glaubt, hofft), which report
	// a view rather than an utterance and need a clause to follow.
	thought bool
	// participle marks forms used with an auxiliary: "hat gesagt", "wird zitiert".
	participle bool
}

// Word flags: which lists a lower-cased word is in. Each word of a passage
// is looked up once and its flags kept on the token.
const (
	fDet uint32 = 1 << iota
	fPrep
	fPron
	fAdv
	fConj
	fRel
	fSubj
	fFinite
	fGroup
	fUnit
	fCue
	fSource
	fPostSource
	fNumWord
	fMonth
	fFirstName // a given name (when capitalised): "anna", "jonas"
	fBoiler
	fSourceNoun
	fMedium
	fAux
	fQualifier
	fCurrency
	fTrade
	fLinking
	fCueWord // a word findCues looks at besides cues and sources: "nach", "so"
)

// cueWords are the words other than reporting verbs and source prepositions
// that may start an attribution cue.
var cueWords = words(`nach according so demnach wonach vernehmen bekannt`)

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
	opinion *prefixList
	// months maps month names to their number.
	months map[string]int

	// table maps every word of the lists above, and of the shared lists,
	// to its flags.
	table flagTable
}

// flagTable is an open-addressing hash table from words to flags, built
// once: cheaper per lookup than a map for the millions of words of a text.
// A word is keyed by its first and last eight bytes and its length, which
// decide words of up to 16 bytes without a string comparison.
//
// Most words of a text are in no list. The slots, 24 bytes each and a
// quarter of them used, are far larger than the L1 cache, so the look-up
// of such a word would miss it at its slot; a 2 KB bit set of the words'
// hashes (the top filterBits bits, the slots take the low ones) rules out
// nineteen in twenty of them without touching the slots.
type flagTable struct {
	filter [1 << filterBits / 64]uint64
	slots  []flagSlot
	words  []string // the word of each slot, compared only for words over 16 bytes
	mask   uint32
	maxLen int // the longest word: longer ones need no look-up
}

// filterBits is the size of a flagTable's filter, 2^filterBits bits: with
// 1,300 words in the German lists, one word in twelve outside them passes.
const filterBits = 14

// filterBit returns the bit of a word's hash in a flagTable's filter.
func filterBit(h uint32) uint32 { return h >> (32 - filterBits) }

// flagSlot is one entry of a flagTable: the first and last eight bytes of
// its word as little-endian numbers (zero-filled when shorter), its length
// and its flags. A head of zero marks an empty slot: no word starts with a
// zero byte.
type flagSlot struct {
	head, tail uint64
	n, flags   uint32
}

// wordKey returns the first and last eight bytes of text[s:e] (zero-filled
// when shorter) and the hash of the word. It loads whole 8-byte words where
// the text allows.
func wordKey(text string, s, e int) (head, tail uint64, hash uint32) {
	n := e - s
	if s+8 <= len(text) {
		head = swar.Load(text, s)
		if n < 8 {
			head &= 1<<(8*n) - 1
		}
	} else {
		for i := 0; i < n && i < 8; i++ {
			head |= uint64(text[s+i]) << (8 * i)
		}
	}
	if n > 8 {
		tail = swar.Load(text, e-8)
	}
	return head, tail, hashKey(head, tail, n)
}

// hashKey hashes the head, tail and length of a word for wordKey.
func hashKey(head, tail uint64, n int) uint32 {
	const k = 0x9E3779B97F4A7C15
	return uint32((head ^ (tail+uint64(n))*k) * k >> 32)
}

func newFlagTable(m map[string]uint32) flagTable {
	size := 1
	for size < 4*len(m) {
		size *= 2
	}
	t := flagTable{slots: make([]flagSlot, size), words: make([]string, size), mask: uint32(size - 1)}
	for w, f := range m {
		head, tail, h := wordKey(w, 0, len(w))
		i := h & t.mask
		for t.slots[i].head != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = flagSlot{head, tail, uint32(len(w)), f}
		b := filterBit(h)
		t.filter[b/64] |= 1 << (b % 64)
		t.words[i] = w
		t.maxLen = max(t.maxLen, len(w))
	}
	return t
}

// get returns the flags of the word text[s:e], or 0.
func (t *flagTable) get(text string, s, e int) uint32 {
	n := e - s
	if n > t.maxLen || n <= 0 {
		return 0
	}
	if n > 16 {
		return t.long(text[s:e])
	}
	var head, tail uint64
	if e+8 <= len(text) {
		// the common case, wordKey inlined: one load for the head, one
		// for the tail of words over eight bytes
		head = swar.Load(text, s) & (^uint64(0) >> (64 - 8*min(n, 8)))
		if n > 8 {
			tail = swar.Load(text, e-8)
		}
	} else {
		head, tail, _ = wordKey(text, s, e)
	}
	return t.short(head, tail, n)
}

// short returns the flags of the word of n bytes (1 to 16) whose first and
// last eight bytes, as wordKey returns them, are head and tail, or 0.
func (t *flagTable) short(head, tail uint64, n int) uint32 {
	h := hashKey(head, tail, n)
	if !t.mayHave(h) {
		return 0
	}
	return t.probe(h, head, tail, n)
}

// mayHave reports whether a word whose hash is h may be in the table.
func (t *flagTable) mayHave(h uint32) bool {
	b := filterBit(h)
	return t.filter[b/64]>>(b%64)&1 != 0
}

// probe returns the flags of the word whose hash is h and whose key is
// head, tail and n, as for short, or 0. It is short without the filter,
// small enough to be inlined where the filter was asked first.
func (t *flagTable) probe(h uint32, head, tail uint64, n int) uint32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.head == head && sl.tail == tail && int(sl.n) == n {
			return sl.flags
		}
		if sl.head == 0 {
			return 0
		}
	}
}

// long returns the flags of w, a word of over 16 bytes, or 0.
func (t *flagTable) long(w string) uint32 {
	_, _, h := wordKey(w, 0, len(w))
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		if t.words[i] == w {
			return t.slots[i].flags
		}
		if t.slots[i].head == 0 {
			return 0
		}
	}
}

// build fills the lexicon's index.
func (l *lexicon) build() *lexicon {
	index := make(map[string]uint32)
	set := func(s wordSet, f uint32) {
		for w := range s {
			index[w] |= f
		}
	}
	set(l.determiners, fDet)
	set(l.prepositions, fPrep)
	set(l.pronouns, fPron)
	set(l.adverbs, fAdv)
	set(l.conjunctions, fConj)
	set(l.relatives, fRel)
	set(l.subjunctive, fSubj)
	set(l.finite, fFinite)
	set(l.groups, fGroup)
	set(l.units, fUnit)
	set(l.sources, fSource)
	set(l.postSources, fPostSource)
	set(boilerTriggers, fBoiler)
	set(sourceNouns, fSourceNoun)
	set(mediumNouns, fMedium)
	set(auxiliaries, fAux)
	set(qualifiers, fQualifier)
	set(currencies, fCurrency)
	set(tradeMeasures, fTrade)
	set(linking, fLinking)
	set(cueWords, fCueWord)
	for w := range l.cues {
		index[w] |= fCue
	}
	for w := range l.numberWords {
		index[w] |= fNumWord
	}
	for w := range l.months {
		index[w] |= fMonth
	}
	for w := range firstNames {
		index[strings.ToLower(w)] |= fFirstName
	}
	delete(index, "")
	l.table = newFlagTable(index)
	return l
}

// flags returns the flags of the lower-case word w.
func (l *lexicon) flags(w string) uint32 { return l.table.get(w, 0, len(w)) }

// flagsAt returns the flags of the lower-case word low[s:e].
func (l *lexicon) flagsAt(low string, s, e int) uint32 { return l.table.get(low, s, e) }

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
	"loge", "login", "wirt", "wirtin", "pfarrer", "pfarrerin", "sprecherin", "stadtrat", "stadträtin",
	"landrat", "landrätin", "journalist", "journalistin", "reporter", "reporterin", "korrespondent",
	"korrespondentin", "redakteur", "redakteurin", "kommentator", "kommentatorin", "kandidat", "kandidatin",
	"schriftsteller", "schriftstellerin", "wissenschaftler", "wissenschaftlerin", "historiker", "historikerin",
	"aktivist", "aktivistin", "blogger", "bloggerin", "soziologe", "soziologin", "philosoph", "philosophin",
}

// roleGroups groups the roleSuffixes of four bytes or more by the tailBit
// of their last four bytes, and roleSlot maps each tailBit to its group's
// index plus one (0 for none), so that isRole finds the few candidates of a
// word by two array look-ups; roleShort holds the shorter suffixes ("ceo"),
// packed by tail3;
// roleTail has a bit for each pair of last two bytes, so that most words
// need no look-up at all.
var roleGroups, roleSlot, roleShort, roleTail = func() ([][]string, *[4096]uint8, []uint32, *[1 << 16 / 64]uint64) {
	var groups [][]string
	var slot [4096]uint8
	var short []uint32
	var tail [1 << 16 / 64]uint64
	for _, s := range roleSuffixes {
		t := uint16(s[len(s)-2])<<8 | uint16(s[len(s)-1])
		tail[t/64] |= 1 << (t % 64)
		if len(s) == 3 { // every suffix has three bytes or more
			short = append(short, tail3(s))
			continue
		}
		b := tailBit(last4(s, len(s)))
		if slot[b] == 0 {
			groups = append(groups, nil)
			slot[b] = uint8(len(groups))
		}
		groups[slot[b]-1] = append(groups[slot[b]-1], s)
	}
	return groups, &slot, short, &tail
}()

// isRole reports whether a lower-case noun names an office or job.
func isRole(low string) bool {
	if len(low) < 3 {
		return false
	}
	if t := uint16(low[len(low)-2])<<8 | uint16(low[len(low)-1]); roleTail[t/64]&(1<<(t%64)) == 0 {
		return false
	}
	for _, s := range roleShort {
		if tail3(low[len(low)-3:]) == s {
			return true
		}
	}
	if len(low) < 4 {
		return false
	}
	k := roleSlot[tailBit(last4(low, len(low)))]
	if k == 0 {
		return false
	}
	for _, s := range roleGroups[k-1] {
		if strings.HasSuffix(low, s) {
			return true
		}
	}
	return false
}

// last4 packs the four bytes of s that end at offset e (e >= 4), the first
// lowest, read as one number.
func last4(s string, e int) uint32 {
	b := s[e-4 : e]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// lexiconFor returns the lexicon of lang ("de" or "en").
func lexiconFor(lang string) *lexicon {
	if lang == "en" {
		return english
	}
	return german
}
