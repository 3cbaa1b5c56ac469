package sentence

// The lexicons the scanner consults. Keys of the abbreviation sets are lower
// case, without the final period; inner periods are kept ("u.s", "z.b"), and a
// spaced abbreviation such as "z. B." is looked up as "z.b" too. Word lists
// (starters, months, nouns) keep their capitalisation as it appears in text.

// neverFinal are abbreviations that stand before what they qualify (titles,
// "z. B.", "vgl."): a period after one of them never ends a sentence.
var neverFinal = []string{
	// English titles and Latin.
	"mr", "mrs", "ms", "messrs", "dr", "prof", "st", "mt", "sen", "rep", "gov",
	"gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "cmdr", "rev",
	"hon", "pres", "supt", "insp", "e.g", "i.e", "vs", "viz", "cf", "approx",
	"resp", "esp", "f.e", "n°", "nº",
	// German titles, inline and prepositive abbreviations.
	"hr", "hrn", "fr", "dipl", "ing", "med", "jur", "phil", "rer", "nat",
	"habil", "mag", "vgl", "sog", "bzw", "ca", "inkl", "exkl", "evtl", "ggf",
	"ggü", "zzgl", "abzgl", "u.a", "u.ä", "o.ä", "z.b", "z.t", "z.z", "d.h",
	"i.d", "d.r", "i.a", "s.o", "s.u", "v.a", "u.u", "kath", "ev", "evang",
	"gegr", "geb", "gest", "verh", "str", "pl", "zit", "lt", "a.a", "a.o",
	"insb", "bspw", "allg", "em", "bsp", "gem", "bzgl", "vors", "stv", "präs",
	"o.g", "z.zt", "gebr", "dent", "vet", "pol", "oec",
}

// mayEnd are abbreviations that often end a sentence ("& Co.", "usw.", "5
// Mrd."): the period ends one only when a typical sentence opener follows.
var mayEnd = []string{
	"co", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "etc",
	"usw", "mio", "mrd", "tsd", "jh", "jhd", "chr", "ff", "min", "max", "sek",
	"std", "ed", "eds", "al", "e.v", "ft", "lbs", "oz",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "okt", "dez", "mär", "hbf", "abt", "usf", "mill", "dept",
	"univ", "assn", "ave", "blvd", "rd",
}

// beforeNumber are abbreviations that are only taken as such before a
// number ("Nr. 5", "p. 55", "Art. 3"); before anything else they are words.
var beforeNumber = []string{
	"no", "nos", "nr", "nrn", "art", "abs", "p", "pp", "s", "sec", "fig",
	"figs", "vol", "vols", "ch", "chap", "bd", "bde", "rs", "tel", "ziff",
	"kap", "anm", "tab", "abb", "lfd", "op", "sp", "ver", "hft",
}

// placeTime are dotted abbreviations of countries and clock times ("U.S.",
// "a.m."), which end a sentence before a capital unless the capital is a
// noun they commonly qualify (see qualified) or the sentence is too short to
// have ended.
var placeTime = []string{"u.s", "u.s.a", "u.k", "e.u", "u.n", "a.m", "p.m"}

// Kinds of abbreviation, as bits: a word may be of several kinds.
const (
	never   = 1 << iota // in neverFinal
	mayBe               // in mayEnd
	numeric             // in beforeNumber
	place               // in placeTime
)

// abbreviationLists are the lexicons above by kind.
var abbreviationLists = map[uint8][]string{never: neverFinal, mayBe: mayEnd, numeric: beforeNumber, place: placeTime}

// abbreviations holds the kinds of each abbreviation.
var abbreviations = func() *abbrevTable {
	t := new(abbrevTable)
	for kind, words := range abbreviationLists {
		for _, w := range words {
			t.add(abbrevKey(w), kind)
		}
	}
	return t
}()

// maxAbbrev is the length in bytes of the longest abbreviation: longer
// words need no look-up. It must stay below 8 (see abbrevKey).
var maxAbbrev = func() int {
	n := 0
	for _, words := range abbreviationLists {
		for _, w := range words {
			n = max(n, len(w))
		}
	}
	return n
}()

// abbrevKey packs a word of 1 to 7 bytes, in lower case (see lower), and
// its length into the key of abbrevTable.
func abbrevKey(w string) uint64 {
	key := uint64(len(w)) << 56
	for i := range len(w) {
		key |= uint64(lowerByte(w, i)) << (8 * i)
	}
	return key
}

// abbrevTable is a hash table of abbreviations with open addressing, keyed
// by abbrevKey. The scanner looks up most short words before a period; a
// look-up here is a multiplication and a probe or two, several times
// cheaper than lower-casing the word into a string for a Go map, and it
// costs the same on every run. It is never more than half full.
type abbrevTable [512]struct {
	key   uint64 // 0 for an empty slot
	kinds uint8
}

// slot is where the search for key begins (Fibonacci hashing).
func (t *abbrevTable) slot(key uint64) int {
	return int(key * 0x9E3779B97F4A7C15 >> 55)
}

// add adds kinds to the kinds of key.
func (t *abbrevTable) add(key uint64, kinds uint8) {
	i := t.slot(key)
	for t[i].key != 0 && t[i].key != key {
		i = (i + 1) % len(t)
	}
	t[i].key = key
	t[i].kinds |= kinds
}

// get returns the kinds of key, or 0.
func (t *abbrevTable) get(key uint64) uint8 {
	for i := t.slot(key); t[i].key != 0; i = (i + 1) % len(t) {
		if t[i].key == key {
			return t[i].kinds
		}
	}
	return 0
}

// qualified are the nouns that commonly follow a placeTime abbreviation.
var qualified = set(
	"Government", "Army", "Navy", "Air", "Senate", "Senator", "Congress",
	"Congressman", "House", "Supreme", "Court", "Department", "Commission",
	"Panel", "Embassy", "Ambassador", "Military", "Marines", "Marine", "Coast",
	"Forces", "Treasury", "Dollar", "Dollars", "Federal", "National", "Open",
	"Attorney", "Secretary", "President", "Postal", "Census", "Bureau",
	"Agency", "Office", "Administration", "Constitution", "Justice",
	"Officials", "Intelligence", "Economy", "Border", "Customs", "Trade",
	"Representative", "Representatives", "Capitol", "Olympic", "Team",
	"Central", "Command", "State", "States", "Eastern", "Pacific", "Mountain",
	"GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "CEST", "MEZ", "MESZ",
	"ET", "PT", "Uhr",
)

// starters are words that typically open a sentence; after an ambiguous
// period ("Co.", an initial, a Roman numeral) they decide for a boundary.
var starters = set(
	// English.
	"A", "An", "The", "This", "That", "These", "Those", "There", "Then",
	"Thus", "Hence", "Here", "It", "Its", "I", "He", "His", "She", "Her",
	"We", "Our", "They", "Their", "You", "Your", "My", "What", "When",
	"Where", "Who", "Whom", "Whose", "Why", "How", "Which", "Whether",
	"While", "If", "As", "After", "Before", "Although", "Though", "Because",
	"Since", "But", "And", "Or", "So", "Yet", "Nor", "For", "In", "On", "At",
	"By", "From", "With", "Without", "To", "Of", "Is", "Are", "Was",
	"Were", "Do", "Does", "Did", "Has", "Have", "Had", "Can", "Could",
	"Will", "Would", "Should", "Shall", "Might", "Must", "Not", "No", "Yes",
	"Please", "Let", "Also", "However", "Meanwhile", "Moreover",
	"Furthermore", "Still", "Now", "Today", "Yesterday", "Tomorrow", "Later",
	"Finally", "First", "Some", "Many", "Most", "All", "Each", "Every",
	"Both", "Neither", "Either", "One", "Another", "Such",
	// German.
	"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer",
	"Eines", "Einem", "Einen", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Man",
	"Dies", "Diese", "Dieser", "Dieses", "Diesem", "Diesen", "Dort", "Da",
	"Dann", "Danach", "Doch", "Aber", "Auch", "Und", "Oder", "Im", "Am",
	"Auf", "Mit", "Nach", "Bei", "Beim", "Für", "Von", "Vom", "Vor", "Seit",
	"Zudem", "Außerdem", "Denn", "Als", "Wenn", "Was", "Wer", "Wie", "Wo",
	"Warum", "Weshalb", "Laut", "Zum", "Zur", "Unter", "Über", "Trotz",
	"Allerdings", "Nun", "Jetzt", "Heute", "Gestern", "Damit", "Dabei",
	"Deshalb", "Daher", "Dazu", "Darüber", "Darauf", "Dafür", "Sein",
	"Seine", "Ihre", "Unsere", "Mehr", "Noch", "Nur", "Insgesamt", "Jedoch",
	"Zugleich", "Ob", "Bis", "Während", "Weil", "Obwohl", "Nachdem", "Bevor",
	"Alle", "Viele", "Einige", "Kein", "Keine", "Nicht", "Hier", "Somit",
	"Also", "Zwar", "Zunächst", "Schließlich", "Anschließend", "Inzwischen",
	"Mittlerweile", "Bereits", "Schon", "Erst",
)

// months are German month names and their abbreviations: a number with a
// period before one is a date ("am 9. Februar"), not a sentence end.
var months = set(
	"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
	"August", "September", "Oktober", "November", "Dezember",
	"Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt",
	"Nov", "Dez",
)

// ordinalNouns are German nouns that an ordinal number commonly precedes
// ("im 19. Jahrhundert", "zum 3. Mal").
var ordinalNouns = set(
	"Jahrhundert", "Jahrhunderts", "Jahrtausend", "Jahrtausends",
	"Jahrestag", "Geburtstag", "Todestag", "Jubiläum", "Platz", "Rang", "Mal",
	"Stock", "Stockwerk", "Etage", "Klasse", "Liga", "Bundesliga", "Runde",
	"Spieltag", "Quartal", "Halbjahr", "Kapitel", "Auflage", "Lebensjahr",
	"Weltkrieg", "Weltkriegs", "Sinfonie", "Symphonie", "Parteitag",
	"Sitzung", "Tag", "Woche", "Monat", "Jahr", "Amtszeit", "Wahlgang",
	"Durchgang", "Etappe", "Satz", "Minute", "Artikel", "Absatz", "Mannschaft",
	"Division", "Armee", "Legislaturperiode", "Tagung", "Kongress", "FC",
)

// ordinalCues are German words after which a number of up to three digits
// with a period is an ordinal ("am 9.", "vom 12.", "die 68."), lower case;
// a year after them ends the sentence ("bis 2030.").
var ordinalCues = set(
	"am", "im", "vom", "zum", "zur", "beim", "bis", "ab", "seit", "dem",
	"den", "der", "des", "die", "das", "ins", "ihr", "ihrem", "ihren",
	"ihres", "sein", "seinem", "seinen", "seines", "jedem", "jeden", "jeder",
	"diesem", "diesen", "dieses", "nach", "vor", "zwischen", "und", "oder",
	"bzw", "anno", "einem", "einen", "eines",
)

// bangNames are names that end in an exclamation mark, which does not end
// the sentence ("Yahoo! Research").
var bangNames = set("Yahoo", "Jeopardy")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
