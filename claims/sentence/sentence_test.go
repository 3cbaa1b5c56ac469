package sentence

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// texts returns the trimmed texts of the spans Split finds.
func texts(text, lang string) []string {
	var out []string
	for _, sp := range Split(text, lang) {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

type splitCase struct {
	text string
	want []string
}

// germanCases are German news sentences written for these tests.
var germanCases = []splitCase{
	{"Die Inflation lag im Januar bei 2,9 Prozent. Das teilte das Statistische Bundesamt am 9. Februar mit.",
		[]string{"Die Inflation lag im Januar bei 2,9 Prozent.", "Das teilte das Statistische Bundesamt am 9. Februar mit."}},
	{"Der Umsatz stieg auf 2,4 Mio. Euro. Im Vorjahr waren es noch 3,5 Mrd. Euro.",
		[]string{"Der Umsatz stieg auf 2,4 Mio. Euro.", "Im Vorjahr waren es noch 3,5 Mrd. Euro."}},
	{"Die Sitzung beginnt um 14.30 Uhr. Dr. Müller, Prof. Schmidt u. a. nehmen teil.",
		[]string{"Die Sitzung beginnt um 14.30 Uhr.", "Dr. Müller, Prof. Schmidt u. a. nehmen teil."}},
	{"Papst Benedikt XVI. trat 2013 zurück. Sein Nachfolger wurde Franziskus.",
		[]string{"Papst Benedikt XVI. trat 2013 zurück.", "Sein Nachfolger wurde Franziskus."}},
	{"Im 19. Jahrhundert wuchs die Stadt stark. Heute leben dort ca. 500.000 Menschen.",
		[]string{"Im 19. Jahrhundert wuchs die Stadt stark.", "Heute leben dort ca. 500.000 Menschen."}},
	{"Die Abstimmung vom 12. Juni war knapp. Es gab z. B. viele Enthaltungen, z.B. in Bayern.",
		[]string{"Die Abstimmung vom 12. Juni war knapp.", "Es gab z. B. viele Enthaltungen, z.B. in Bayern."}},
	{"„Wir sind bereit“, sagte die Ministerin. „Das Ziel ist klar.“ Danach verließ sie den Saal.",
		[]string{"„Wir sind bereit“, sagte die Ministerin.", "„Das Ziel ist klar.“", "Danach verließ sie den Saal."}},
	{"Er sagte leise: „Und auch keine Zeit.“ Wir warten trotzdem.",
		[]string{"Er sagte leise: „Und auch keine Zeit.“", "Wir warten trotzdem."}},
	{"Sie nannte das »einen Fehler. Einen großen.« Dann ging sie.",
		[]string{"Sie nannte das »einen Fehler. Einen großen.«", "Dann ging sie."}},
	{"Der Kanzler sprach von ‚Verantwortung. Und Mut.‘ Die Opposition schwieg.",
		[]string{"Der Kanzler sprach von ‚Verantwortung. Und Mut.‘", "Die Opposition schwieg."}},
	{"Thomas fragte: ,,Kommst du morgen?\" Sie nickte.",
		[]string{"Thomas fragte: ,,Kommst du morgen?\"", "Sie nickte."}},
	{"Er sprach von „Verrat. Das Parlament tagte am Montag. Die Sitzung dauerte lange.",
		[]string{"Er sprach von „Verrat.", "Das Parlament tagte am Montag.", "Die Sitzung dauerte lange."}},
	{"Putin und Xi telefonieren\nDer russische Präsident sprach mit Xi. Das Gespräch dauerte eine Stunde.",
		[]string{"Putin und Xi telefonieren", "Der russische Präsident sprach mit Xi.", "Das Gespräch dauerte eine Stunde."}},
	{"Die Forderungen:\n- mehr Geld\n- weniger Bürokratie",
		[]string{"Die Forderungen:", "- mehr Geld", "- weniger Bürokratie"}},
	{"Erster Absatz ohne Punkt\n\nZweiter Absatz.",
		[]string{"Erster Absatz ohne Punkt", "Zweiter Absatz."}},
	{"Mehr unter https://www.example.de/Politik/Artikel.html. Fragen an presse@example.de. Danke.",
		[]string{"Mehr unter https://www.example.de/Politik/Artikel.html.", "Fragen an presse@example.de.", "Danke."}},
	{"Er zögerte… Dann sprach er weiter. Es blieb bei ... vagen Andeutungen.",
		[]string{"Er zögerte…", "Dann sprach er weiter.", "Es blieb bei ... vagen Andeutungen."}},
	{"Die Partei (sie regiert seit 2021. Zumindest formal.) verlor Stimmen. Das war erwartet.",
		[]string{"Die Partei (sie regiert seit 2021. Zumindest formal.) verlor Stimmen.", "Das war erwartet."}},
	{"Der 1. FC Köln gewann am 3. Spieltag. Der Trainer war zufrieden.",
		[]string{"Der 1. FC Köln gewann am 3. Spieltag.", "Der Trainer war zufrieden."}},
	{"Der Bericht steht auf Seite 12. Dort finden sich die Zahlen.",
		[]string{"Der Bericht steht auf Seite 12.", "Dort finden sich die Zahlen."}},
	{"Die Regierung hat am Montag\nbeschlossen, die Steuern zu senken.",
		[]string{"Die Regierung hat am Montag\nbeschlossen, die Steuern zu senken."}},
	{"J. R. R. Tolkien schrieb den Roman. Er erschien 1954.",
		[]string{"J. R. R. Tolkien schrieb den Roman.", "Er erschien 1954."}},
	{"Der Preis stieg um 3.5% auf 12,50 Euro. St. Pauli verlor.",
		[]string{"Der Preis stieg um 3.5% auf 12,50 Euro.", "St. Pauli verlor."}},
	{"Warum jetzt? Das fragen sich viele! Die Antwort steht aus.",
		[]string{"Warum jetzt?", "Das fragen sich viele!", "Die Antwort steht aus."}},
	{"Das Treffen findet in der Berliner Str. 5 statt, s. Anhang Nr. 3.",
		[]string{"Das Treffen findet in der Berliner Str. 5 statt, s. Anhang Nr. 3."}},
	{"Der Verein e.V. wurde 1990 gegründet. Er hat 300 Mitglieder.",
		[]string{"Der Verein e.V. wurde 1990 gegründet.", "Er hat 300 Mitglieder."}},
	{"Das Ziel gilt bis 2030. Die Regierung hält daran fest.",
		[]string{"Das Ziel gilt bis 2030.", "Die Regierung hält daran fest."}},
	{"Die 68. Berlinale beginnt im Jh. danach. Sie endet im 5. Jh. v. Chr. Die Zeit vergeht.",
		[]string{"Die 68. Berlinale beginnt im Jh. danach.", "Sie endet im 5. Jh. v. Chr.", "Die Zeit vergeht."}},
	{"Sie wohnt in der Hauptstr. 5 in Köln. Dr. med. dent. Weber behandelt sie.",
		[]string{"Sie wohnt in der Hauptstr. 5 in Köln.", "Dr. med. dent. Weber behandelt sie."}},
	{"1. Die Steuern sinken.\n2. Die Renten steigen.",
		[]string{"1. Die Steuern sinken.", "2. Die Renten steigen."}},
}

// englishCases are English news sentences written for these tests.
var englishCases = []splitCase{
	{"Mr. Smith arrived at 5 p.m. on Monday. He left the U.S. on Tuesday.",
		[]string{"Mr. Smith arrived at 5 p.m. on Monday.", "He left the U.S. on Tuesday."}},
	{"The firm, e.g. Acme Inc., reported earnings. Revenue rose 3.5% to $1.2 billion.",
		[]string{"The firm, e.g. Acme Inc., reported earnings.", "Revenue rose 3.5% to $1.2 billion."}},
	{`She said, "We are ready." Then she left.`,
		[]string{`She said, "We are ready."`, "Then she left."}},
	{`He asked, "Why now?" and walked away.`,
		[]string{`He asked, "Why now?" and walked away.`}},
	{"She called it “a mistake. A big one.” Nobody answered.",
		[]string{"She called it “a mistake. A big one.”", "Nobody answered."}},
	{"J. R. R. Tolkien wrote it. It was published in 1954.",
		[]string{"J. R. R. Tolkien wrote it.", "It was published in 1954."}},
	{"Visit www.example.com. Or write to news@example.com. Thanks.",
		[]string{"Visit www.example.com.", "Or write to news@example.com.", "Thanks."}},
	{"I work for the U.S. Government. I live in the U.S. How about you?",
		[]string{"I work for the U.S. Government.", "I live in the U.S.", "How about you?"}},
	{"Wait... What happened? Nobody knows!",
		[]string{"Wait...", "What happened?", "Nobody knows!"}},
	{"The bill passed 52-48 (a narrow margin. Very narrow.) on Friday.",
		[]string{"The bill passed 52-48 (a narrow margin. Very narrow.) on Friday."}},
	{"Jan. 5 was cold. No. 10 Downing Street is in London.",
		[]string{"Jan. 5 was cold.", "No. 10 Downing Street is in London."}},
	{"Markets rally\nStocks rose on Monday.",
		[]string{"Markets rally", "Stocks rose on Monday."}},
	{"They met Smith & Co. It went well. The deal with Acme Co. Ltd. closed.",
		[]string{"They met Smith & Co.", "It went well.", "The deal with Acme Co. Ltd. closed."}},
	{"It rose 4%.[3] Analysts were surprised.",
		[]string{"It rose 4%.[3]", "Analysts were surprised."}},
	{"a) one b) two c) three",
		[]string{"a) one", "b) two", "c) three"}},
}

// asideCases test the rules for a bracket after a closing quote and for a
// lower-case word left alone on its line after a period, German and
// English. They are kept apart from germanCases, which the dense benchmark
// repeats, so that the benchmark's text does not change with them.
var asideCases = []splitCase{
	{"„Wir kommen wieder.“ (Gemeint war die Partei.) „Und zwar bald.“",
		[]string{"„Wir kommen wieder.“", "(Gemeint war die Partei.)", "„Und zwar bald.“"}},
	{"„Wir kommen wieder.“ (Foto: dpa) Die Partei tagt am Montag.",
		[]string{"„Wir kommen wieder.“ (Foto: dpa) Die Partei tagt am Montag."}},
	{"Berlin (dpa) – Wladimir Putin (71) sprach mit Xi. Danach (71) ging er.",
		[]string{"Berlin (dpa) – Wladimir Putin (71) sprach mit Xi.", "Danach (71) ging er."}},
	{"„Es reicht!“ (So sagte es die Ministerin.)",
		[]string{"„Es reicht!“ (So sagte es die Ministerin.)"}},
	{"Der Kanzler sagte das am Montag. Die neue Regierung\nwerde es prüfen.",
		[]string{"Der Kanzler sagte das am Montag.", "Die neue Regierung\nwerde es prüfen."}},
	{"Die Sitzung dauert ca. zwei\nbis drei Stunden.",
		[]string{"Die Sitzung dauert ca. zwei\nbis drei Stunden."}},
	{"Die Stadt feierte bis spät in die Nacht. mehr\nKontakt\nImpressum",
		[]string{"Die Stadt feierte bis spät in die Nacht.", "mehr", "Kontakt", "Impressum"}},
	{`"I should think!" (Dinah was the cat.) "I hope they remember."`,
		[]string{`"I should think!"`, "(Dinah was the cat.)", `"I hope they remember."`}},
	{"He teaches science (He worked as an engineer.) at the university.",
		[]string{"He teaches science (He worked as an engineer.) at the university."}},
	{"It was a cold\nnight in the city. features\ncontact manager\nevents, activities",
		[]string{"It was a cold\nnight in the city.", "features", "contact manager", "events, activities"}},
	{"The talks ended at 5 p.m. today\nin Vienna.",
		[]string{"The talks ended at 5 p.m. today\nin Vienna."}},
}

// edgeCases are texts without sentences or with odd punctuation.
var edgeCases = []splitCase{
	{"", nil},
	{" \n\t ", nil},
	{"Kein Punkt am Ende", []string{"Kein Punkt am Ende"}},
	{"  Eingerückt.  ", []string{"Eingerückt."}},
	{"...", []string{"..."}},
	{"?!", []string{"?!"}},
	{"„", []string{"„"}},
	{"A.\u00a0B.", []string{"A.\u00a0B."}},
	{"Ende.\u2029Neu.", []string{"Ende.", "Neu."}},
	{"Ende。次", []string{"Ende。", "次"}},
}

func TestSplit(t *testing.T) {
	for _, group := range []struct {
		lang  string
		cases []splitCase
	}{{"de", germanCases}, {"en", englishCases}, {"", edgeCases}, {"", germanCases}, {"", englishCases}, {"", asideCases}, {"de", asideCases}} {
		for _, c := range group.cases {
			if got := texts(c.text, group.lang); !slices.Equal(got, c.want) {
				t.Errorf("Split(%q, %q) = %q, want %q", c.text, group.lang, got, c.want)
			}
		}
	}
}

// TestSplitLanguage shows what lang changes: the German ordinal rules.
func TestSplitLanguage(t *testing.T) {
	const text = "Es geschah am 9. Mai. Er kam."
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"de", []string{"Es geschah am 9. Mai.", "Er kam."}},
		{"", []string{"Es geschah am 9. Mai.", "Er kam."}},
		{"en", []string{"Es geschah am 9.", "Mai.", "Er kam."}},
	} {
		if got := texts(text, c.lang); !slices.Equal(got, c.want) {
			t.Errorf("Split(%q, %q) = %q, want %q", text, c.lang, got, c.want)
		}
	}
}

// TestScannerResumes checks that Scan picks up where it left off and keeps
// returning false at the end.
func TestScannerResumes(t *testing.T) {
	const text = "Eins. Zwei.\n\nDrei"
	var s Scanner
	s.Init(text, "de")
	var got []Span
	for sp, ok := s.Scan(); ok; sp, ok = s.Scan() {
		got = append(got, sp)
	}
	want := []Span{{0, 5}, {6, 11}, {13, 17}}
	if !slices.Equal(got, want) {
		t.Errorf("Scan(%q) = %v, want %v", text, got, want)
	}
	if sp, ok := s.Scan(); ok {
		t.Errorf("Scan after the end = %v, true; want false", sp)
	}
}

// checkSpans reports the first way spans break Split's contract for text;
// it also checks that only white space lies between the spans.
func checkSpans(text string, spans []Span) string {
	last := 0
	for _, sp := range spans {
		switch {
		case sp.Start < last:
			return "span overlaps or goes back"
		case strings.TrimFunc(text[last:sp.Start], unicode.IsSpace) != "":
			return "text left out between spans"
		case sp.Start >= sp.End:
			return "empty span"
		case sp.End > len(text):
			return "span beyond the text"
		}
		first, _ := utf8.DecodeRuneInString(text[sp.Start:sp.End])
		lastRune, _ := utf8.DecodeLastRuneInString(text[sp.Start:sp.End])
		if unicode.IsSpace(first) || unicode.IsSpace(lastRune) {
			return "span not trimmed"
		}
		last = sp.End
	}
	if strings.TrimFunc(text[last:], unicode.IsSpace) != "" {
		return "text left out after the last span"
	}
	return ""
}

func TestSplitSpans(t *testing.T) {
	for _, cases := range [][]splitCase{germanCases, englishCases, edgeCases, asideCases} {
		for _, c := range cases {
			if msg := checkSpans(c.text, Split(c.text, "")); msg != "" {
				t.Errorf("Split(%q): %s", c.text, msg)
			}
		}
	}
}
