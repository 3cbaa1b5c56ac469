package claims

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// want is one expected claim of a table test: a claim of kind whose span
// contains anchor and whose listed fields are equal.
type want struct {
	kind    Kind
	anchor  string
	text    string // if set, the claim's text
	speaker string
	cue     string
	accTo   string
	direct  *bool
	person  string
	age     int
	subject string
	partner string
	measure string
	value   float64
	unit    string
}

var (
	yes = func() *bool { b := true; return &b }()
	no  = func() *bool { b := false; return &b }()
)

func (w want) match(text string, c Found) bool {
	if c.Kind != w.kind || !strings.Contains(text[c.Start:c.End], w.anchor) {
		return false
	}
	eq := func(got, want string) bool { return want == "" || got == want }
	return eq(c.Text, w.text) && eq(c.Speaker, w.speaker) && eq(c.Cue, w.cue) &&
		eq(c.AccordingTo, w.accTo) && (w.direct == nil || *w.direct == c.Direct) &&
		eq(c.Person, w.person) && (w.age == 0 || c.Age == w.age) &&
		eq(c.Subject, w.subject) && eq(c.Partner, w.partner) && eq(c.Measure, w.measure) &&
		(w.value == 0 || c.Value == w.value) && eq(c.Unit, w.unit)
}

func dump(cs []Found) string {
	var b strings.Builder
	for _, c := range cs {
		j, _ := json.Marshal(c)
		b.WriteString("\n\t")
		b.Write(j)
	}
	return b.String()
}

// checkExtract runs Extract on text and checks the wanted claims, that no
// claim span covers any of notClaims, and the skipped passages.
func checkExtract(t *testing.T, lang, text string, wants []want, notClaims []string, skipped map[string]SkipReason) {
	t.Helper()
	ex := Extract(text, Options{Language: lang})
	for _, w := range wants {
		if !slices.ContainsFunc(ex.Claims, func(c Found) bool { return w.match(text, c) }) {
			t.Errorf("Extract(%q): no claim %+v; got %s", text, w, dump(ex.Claims))
		}
	}
	for _, nc := range notClaims {
		i := strings.Index(text, nc)
		if i < 0 {
			t.Fatalf("bad test: %q not in %q", nc, text)
		}
		for _, c := range ex.Claims {
			if c.Start < i+len(nc) && i < c.End {
				t.Errorf("Extract(%q): %s claim %q covers %q, want no claim there", text, c.Kind, text[c.Start:c.End], nc)
			}
		}
	}
	for passage, reason := range skipped {
		if !slices.ContainsFunc(ex.Skipped, func(s Skipped) bool { return text[s.Start:s.End] == passage && s.Reason == reason }) {
			t.Errorf("Extract(%q): %q not skipped as %s; skipped %v", text, passage, reason, ex.Skipped)
		}
	}
	checkInvariants(t, text, ex)
}

// checkInvariants checks what every Extraction must satisfy.
func checkInvariants(t *testing.T, text string, ex Extraction) {
	t.Helper()
	prev := 0
	for _, s := range ex.Sentences {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("Extract: sentence %v out of order or outside text (len %d, previous end %d)", s, len(text), prev)
		}
		prev = s.End
	}
	for _, c := range ex.Claims {
		if c.Start < 0 || c.End < c.Start || c.End > len(text) {
			t.Fatalf("Extract: claim span [%d,%d) outside text of %d bytes", c.Start, c.End, len(text))
		}
		if !c.Kind.Valid() || c.Score < 0 || c.Score > 1 || c.Text == "" {
			t.Fatalf("Extract: bad claim %+v", c)
		}
	}
	for _, s := range ex.Skipped {
		if s.Start < 0 || s.End < s.Start || s.End > len(text) {
			t.Fatalf("Extract: skipped span %v outside text", s)
		}
	}
	if !utf8.ValidString(text) && len(ex.Warnings) == 0 {
		t.Errorf("Extract: invalid UTF-8 without a warning")
	}
}

func TestExtractGermanAttribution(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Bundesinnenministerin Petra Lindner sagte am Dienstag in Berlin: „Wir werden die Grenzkontrollen verlängern.“",
			[]want{{kind: KindAttribution, anchor: "Grenzkontrollen", speaker: "Petra Lindner", cue: "sagte", direct: yes}}},
		{"„Die Lage ist ernst“, sagte der Bürgermeister Jens Olsen am Abend.",
			[]want{{kind: KindAttribution, anchor: "Die Lage ist ernst", speaker: "Jens Olsen", direct: yes,
				text: "Jens Olsen: „Die Lage ist ernst“"}}},
		{"Laut Polizei wurden bei dem Unfall drei Menschen verletzt.",
			[]want{{kind: KindAttribution, anchor: "drei Menschen", speaker: "Polizei", cue: "Laut", direct: no,
				text: "Polizei: Drei Menschen wurden bei dem Unfall verletzt."}}},
		{"Die Zahl der Arbeitslosen sank nach Angaben der Bundesagentur für Arbeit auf 2,6 Millionen.",
			[]want{{kind: KindAttribution, anchor: "2,6 Millionen", cue: "nach Angaben", direct: no}}},
		{"Dem Bericht des Rechnungshofs zufolge fehlen dem Land 400 Millionen Euro.",
			[]want{{kind: KindAttribution, anchor: "400 Millionen Euro", cue: "zufolge"}}},
		{"Der Konzern teilte am Mittwoch mit, dass er 2.000 Stellen streichen werde.",
			[]want{{kind: KindAttribution, anchor: "2.000 Stellen", speaker: "Konzern", cue: "teilte mit", direct: no}}},
		{"Finanzminister Karl Huber erklärte, der Haushalt sei solide. Neue Schulden seien nicht geplant.",
			[]want{
				{kind: KindAttribution, anchor: "Haushalt sei solide", speaker: "Karl Huber", cue: "erklärte"},
				{kind: KindAttribution, anchor: "Neue Schulden", speaker: "Karl Huber", direct: no},
			}},
		{"Die Ministerin Eva Brandt besuchte das Werk. Sie sagte, die Arbeitsplätze seien sicher.",
			[]want{{kind: KindAttribution, anchor: "Arbeitsplätze seien sicher", speaker: "Eva Brandt"}}},
		{"„Wir sind zufrieden“, so Trainer Marco Keller nach dem Spiel.",
			[]want{{kind: KindAttribution, anchor: "Wir sind zufrieden", speaker: "Marco Keller", direct: yes}}},
		{"Wie ein Sprecher der Stadt mitteilte, bleibt die Brücke bis Freitag gesperrt.",
			[]want{{kind: KindAttribution, anchor: "Brücke", speaker: "Sprecher der Stadt",
				text: "Sprecher der Stadt: Die Brücke bleibt bis Freitag gesperrt."}}},
		{"Das Wetter wird morgen schön, sagte der Meteorologe Karl Sonne (45).",
			[]want{
				{kind: KindAttribution, anchor: "Wetter", speaker: "Karl Sonne", text: "Karl Sonne: Das Wetter wird morgen schön"},
				{kind: KindAge, anchor: "Karl Sonne (45)", person: "Karl Sonne", age: 45},
			}},
		{"Der Fraktionschef der Grünen, Markus Feld, sagte, die Stadt verschiebe wichtige Entscheidungen.",
			[]want{{kind: KindAttribution, anchor: "verschiebe", speaker: "Markus Feld",
				text: "Markus Feld: Die Stadt verschiebe wichtige Entscheidungen."}}},
		{"Der Konzernchef Peter Brandt hat den Vorwurf zurückgewiesen, da er jeder Grundlage entbehre.",
			[]want{{kind: KindAttribution, anchor: "entbehre", speaker: "Peter Brandt",
				text: "Der Konzernchef Peter Brandt hat den Vorwurf zurückgewiesen, da er jeder Grundlage entbehre."}}},
		{"Der Konzern kündigte an, 500 Stellen zu streichen.",
			[]want{{kind: KindAttribution, anchor: "Stellen", text: "Der Konzern kündigte an, 500 Stellen zu streichen."}}},
		{"Der Senator bezeichnete den Plan als „unverantwortlich“.",
			[]want{{kind: KindAttribution, anchor: "unverantwortlich", cue: "bezeichnete", direct: yes}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
}

func TestExtractAges(t *testing.T) {
	tests := []struct {
		lang, text string
		wants      []want
		not        []string
	}{
		{"de", "Der Trainer Hans Meier (64) tritt zurück.", []want{{kind: KindAge, anchor: "Hans Meier (64)", person: "Hans Meier", age: 64, text: "Hans Meier ist 64 Jahre alt."}}, nil},
		{"de", "Die Polizei nahm Jonas Weber fest. Der 23-Jährige hatte zuvor ein Auto gestohlen.", []want{{kind: KindAge, anchor: "23-Jährige", person: "Jonas Weber", age: 23}}, nil},
		{"de", "Die 45-jährige Lena Hoffmann übernimmt den Vorsitz.", []want{{kind: KindAge, anchor: "45-jährige Lena Hoffmann", person: "Lena Hoffmann", age: 45}}, nil},
		{"en", "Dana Whitfield, 52, was named chief executive on Monday.", []want{{kind: KindAge, anchor: "Dana Whitfield, 52,", person: "Dana Whitfield", age: 52, text: "Dana Whitfield is 52 years old."}}, nil},
		{"en", "Police arrested Tom Hardy. The 31-year-old was released on bail.", []want{{kind: KindAge, anchor: "31-year-old", person: "Tom Hardy", age: 31}}, nil},
		{"de", "Das Grundgesetz regelt den Verteidigungsfall (Artikel 115) genau.", nil, []string{"(Artikel 115)"}},
		{"de", "Die meisten Fälle meldete Sachsen-Anhalt (107), gefolgt von Thüringen.", nil, []string{"Sachsen-Anhalt (107)"}},
		{"de", "Der Film von Maria Roth (2019) gewann einen Preis.", nil, []string{"(2019)"}},
		// no name, no age claim: the age stays in the sentence's fact
		{"de", "Unbekannte haben gestern einen 20-jährigen Mann in der Innenstadt beraubt.", nil, []string{"20-jährigen"}},
		{"de", "Der 34-jährige Autofahrer wurde leicht verletzt.", nil, []string{"34-jährige"}},
		{"en", "A 19-year-old student was arrested.", nil, []string{"19-year-old"}},
		// a surname alone after the age is someone the article named
		{"de", "Der Verein wählte Lena Hoffmann. Der 45-jährige Hoffmann übernimmt den Vorsitz.",
			[]want{{kind: KindAge, anchor: "45-jährige Hoffmann", person: "Lena Hoffmann", age: 45}}, nil},
		{"de", "Kremlchef Wladimir Putin rief an. Der 71-jährige Putin telefonierte mit Xi.",
			[]want{{kind: KindAge, anchor: "71-jährige Putin", person: "Wladimir Putin", age: 71}}, nil},
		{"de", "Der 24-jährige Federer gewann das Finale.", nil, []string{"24-jährige"}},
		{"de", "Nach 2:46 Stunden verwandelte Roger Federer den Matchball. Damit zog der 24-jährige Federer an Becker vorbei.",
			[]want{{kind: KindAge, anchor: "24-jährige Federer", person: "Roger Federer", age: 24}}, nil},
		{"de", "Der 37-jährige Steve St., der sein Opfer zufällig aussuchte, wurde gefasst.",
			[]want{{kind: KindAge, anchor: "Steve St.", person: "Steve St.", age: 37}}, nil},
		{"de", "Die 64-jährige deutsche Bundeskanzlerin Angela Merkel sprach in Berlin.",
			[]want{{kind: KindAge, anchor: "Angela Merkel", person: "Angela Merkel", age: 64}}, nil},
		{"de", "Xanana Gusmão erhielt den Bericht über die Verbrechen der 24-jährigen indonesischen Besatzungszeit.", nil, []string{"24-jährigen"}},
		// "der 58-Jährige" far from anyone named is someone unnamed
		{"de", "Kommissar Jonas Weber leitet die Ermittlungen. Die Nachbarn sind entsetzt. Die Mutter liegt im Krankenhaus. " +
			"Der Vater hinterließ einen Brief. Der 58-Jährige habe darin geschrieben, er sei verzweifelt.", nil, []string{"58-Jährige"}},
		{"de", "Die Piloten landeten sicher. Der 50-jährige Piloten-Ausbilder lobte sie.", nil, []string{"50-jährige"}},
		{"de", "Der 37-jährige Torwart hielt zwei Elfmeter.", nil, []string{"37-jährige"}},
		{"de", "Nach 43-jähriger Flucht wurde er gefasst.", nil, []string{"43-jähriger"}},
		{"de", "Die Feier des 50-jährigen Bestehens fiel aus.", nil, []string{"50-jährigen"}},
		{"de", "Die 49-jährige US-Amerikanerin Dana Hemler gewann.",
			[]want{{kind: KindAge, anchor: "Dana Hemler", person: "Dana Hemler", age: 49}}, nil},
		{"de", "Auch der Schwerverbrecher Peter Paul Michalski (46) floh.",
			[]want{{kind: KindAge, anchor: "Peter Paul Michalski (46)", person: "Peter Paul Michalski", age: 46}}, nil},
		{"de", "Die meisten Fälle meldeten die Bundesländer Sachsen-Anhalt (107) und Thüringen (98).", nil, []string{"(107)"}},
		{"de", "Die höchste Strafe erhielt der Angeklagte Gelowicz (12 Jahre).", nil, []string{"(12 Jahre)"}},
		{"de", "Geführt wurde die Expedition von dem Einheimischen Telesforo Santillan (60 Jahre), der die Gegend kennt.",
			[]want{{kind: KindAge, anchor: "Telesforo Santillan (60 Jahre)", person: "Telesforo Santillan", age: 60}}, nil},
		{"de", "Die Bürgermeisterin Anna Weber (52, CDU) eröffnete die Brücke.",
			[]want{{kind: KindAge, anchor: "Anna Weber (52, CDU)", person: "Anna Weber", age: 52}}, nil},
		{"de", "Bundeskanzler Olaf Scholz (SPD, 65) reiste nach Paris.",
			[]want{{kind: KindAge, anchor: "Olaf Scholz (SPD, 65)", person: "Olaf Scholz", age: 65}}, nil},
		{"de", "Der 60 Jahre alte Karl Sonne leitet die Wetterwarte.",
			[]want{{kind: KindAge, anchor: "60 Jahre alte Karl Sonne", person: "Karl Sonne", age: 60}}, nil},
		{"de", "Der Angeklagte Jonas Weber, 23 Jahre alt, schwieg vor Gericht.",
			[]want{{kind: KindAge, anchor: "Jonas Weber, 23 Jahre alt", person: "Jonas Weber", age: 23}}, nil},
		{"de", "Die Brücke ist 60 Jahre alt.", nil, []string{"60 Jahre"}},
		{"de", "Karl Sonne leitet die Warte. Das Gebäude ist 60 Jahre alt und marode.", nil, []string{"60 Jahre"}},
		{"de", "Ein 60 Jahre alter Mann wurde verletzt.", nil, []string{"60 Jahre"}},
		{"de", "Die Firma Brandt & Söhne (120 Jahre) feiert.", nil, []string{"120 Jahre"}},
		{"de", "Nach dem Gesetz (Paragraf 5, Absatz 3) ist das verboten.", nil, []string{"5"}},
		{"de", "Die Werte (12, 15 und 18) stiegen.", nil, []string{"12"}},
	}
	for _, tt := range tests {
		ex := Extract(tt.text, Options{Language: tt.lang})
		for _, w := range tt.wants {
			if !slices.ContainsFunc(ex.Claims, func(c Found) bool { return w.match(tt.text, c) }) {
				t.Errorf("Extract(%q): no age %+v; got %s", tt.text, w, dump(ex.Claims))
			}
		}
		for _, c := range ex.Claims {
			for _, n := range tt.not {
				if c.Kind == KindAge && strings.Contains(tt.text[c.Start:c.End], n) {
					t.Errorf("Extract(%q) = age claim %q, want none over %q", tt.text, c.Text, n)
				}
			}
		}
	}
}

func TestExtractTradeAndNumbers(t *testing.T) {
	tests := []struct {
		lang, text string
		wants      []want
	}{
		{"de", "Der jährliche Handel zwischen beiden Nationen beträgt etwa eine Milliarde US-Dollar.",
			[]want{{kind: KindTrade, anchor: "Handel", value: 1e9}}},
		{"de", "Die Türkei ist Deutschlands größter Abnehmer von Haselnüssen.",
			[]want{{kind: KindTrade, anchor: "Abnehmer", measure: "größter Abnehmer"}}},
		{"en", "Germany is China's largest market in Europe.",
			[]want{{kind: KindTrade, anchor: "market", subject: "Germany", partner: "China"}}},
		{"de", "Die Niederlande sind Deutschlands zweitgrößter Handelspartner.",
			[]want{{kind: KindTrade, anchor: "Handelspartner", partner: "Deutschland", measure: "zweitgrößter Handelspartner"}}},
		{"de", "Die deutschen Exporte nach China sanken im vergangenen Jahr um 8,5 Prozent.",
			[]want{{kind: KindTrade, anchor: "Exporte", subject: "Deutschland", partner: "China", value: 8.5, unit: "Prozent"}}},
		{"en", "China is Russia's largest trading partner.",
			[]want{{kind: KindTrade, anchor: "trading partner", subject: "China", partner: "Russia", text: "China is Russia's largest trading partner."}}},
		{"de", "Die Inflationsrate lag im März bei 2,4 Prozent.",
			[]want{{kind: KindNumber, anchor: "2,4 Prozent", value: 2.4, unit: "Prozent"}}},
		{"de", "Der Neubau kostet rund 1,2 Milliarden Euro.",
			[]want{{kind: KindNumber, anchor: "1,2 Milliarden Euro", value: 1.2e9, unit: "Euro"}}},
		{"de", "Die Stadt zahlte zwei Millionen Euro Entschädigung.",
			[]want{{kind: KindNumber, anchor: "zwei Millionen Euro", value: 2e6, unit: "Euro"}}},
		{"de", "Die Sitzung dauerte knapp drei Stunden.",
			[]want{{kind: KindNumber, anchor: "drei Stunden", value: 3, unit: "Stunden"}}},
		{"de", "Die Wahl findet am 9. Februar 2025 statt.",
			[]want{{kind: KindNumber, anchor: "9. Februar 2025", unit: "Datum"}}},
		{"en", "The city spent $14 million on the new bridge.",
			[]want{{kind: KindNumber, anchor: "$14 million", value: 14e6}}},
		{"en", "Unemployment fell to 3.9 percent in May.",
			[]want{{kind: KindNumber, anchor: "3.9 percent", value: 3.9, unit: "percent"}}},
		{"de", "Das Ticket kostet künftig 49 € im Monat.",
			[]want{{kind: KindNumber, anchor: "49 €", value: 49, unit: "€"}}},
		{"de", "Der Eintritt kostet 12,50 EUR.",
			[]want{{kind: KindNumber, anchor: "12,50 EUR", value: 12.5, unit: "EUR"}}},
		{"en", "Property taxes brought in €96m last year.",
			[]want{{kind: KindNumber, anchor: "€96m", value: 96e6, unit: "€"}}},
		{"en", "The firm earned $1.2bn in 2023.",
			[]want{{kind: KindNumber, anchor: "$1.2bn", value: 1.2e9, unit: "$"}}},
		{"en", "About 1.4bn people live in India.",
			[]want{{kind: KindNumber, anchor: "1.4bn people", value: 1.4e9, unit: "people"}}},
	}
	for _, tt := range tests {
		checkExtract(t, tt.lang, tt.text, tt.wants, nil, nil)
	}
}

// TestExtractNoTrade lists sentences with trade words that state no trade
// between economies.
func TestExtractNoTrade(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"de", "Auf dem Londoner Straßenmarkt Camden Market ist am Samstag ein Großbrand ausgebrochen."},
		{"de", "Der Abnehmer der Ware zahlte nicht."},
		{"de", "Am Handel nehmen 1.849 Anlagen von rund 1.200 Unternehmen teil."},
		{"de", "Der Goldpreis hat mit 799,30 US-Dollar pro Unze im ostasiatischen Handel den höchsten Stand erreicht."},
		{"en", "The market opened at 9 a.m. with 40 stalls."},
	} {
		ex := Extract(tt.text, Options{Language: tt.lang})
		for _, c := range ex.Claims {
			if c.Kind == KindTrade {
				t.Errorf("Extract(%q) = trade claim %q, want none", tt.text, c.Text)
			}
		}
	}
}

func TestExtractSkipsCrossReferences(t *testing.T) {
	for _, text := range []string{
		"(Siehe auch die themenverwandten Artikel dazu.)",
		"Siehe auch: Wie die Stadt den Haushalt plant.",
		"(Mehr zum Thema im Wirtschaftsteil.)",
		"(See also our report on the budget.)",
	} {
		ex := Extract("Der Stadtrat beschloss den Haushalt am Montag.\n"+text, Options{})
		if len(ex.Claims) != 1 || len(ex.Skipped) != 1 || ex.Skipped[0].Reason != SkipBoilerplate {
			t.Errorf("Extract(%q) = %s, skipped %+v; want the cross-reference skipped as boilerplate", text, dump(ex.Claims), ex.Skipped)
		}
	}
}

func TestExtractSkipped(t *testing.T) {
	text := "Streit um die Schuldenbremse\n" +
		"Die Koalition hat sich am Abend auf einen Haushalt geeinigt.\n" +
		"LESEN SIE AUCH: Was die Einigung für Familien bedeutet\n" +
		"Was bedeutet das für Sie?\n" +
		"„Ein teurer Kompromiss“\n" +
		"Die Opposition nannte die Einigung einen „faulen Kompromiss“.\n" +
		"Melden Sie sich jetzt für unseren Newsletter an!"
	checkExtract(t, "de", text,
		[]want{{kind: KindFact, anchor: "auf einen Haushalt geeinigt"}},
		[]string{"Streit um die Schuldenbremse", "LESEN SIE AUCH", "Was bedeutet das für Sie?", "„Ein teurer Kompromiss“", "Newsletter"},
		map[string]SkipReason{
			"Streit um die Schuldenbremse": SkipHeading,
			"Was bedeutet das für Sie?":    SkipQuestion,
			"„Ein teurer Kompromiss“":      SkipHeading,
		})
}

// checkNoAttribution fails when Extract finds an attribution in the German
// text; it returns the claims found.
func checkNoAttribution(t *testing.T, text string) []Found {
	t.Helper()
	found := Extract(text, Options{Language: "de"}).Claims
	for _, c := range found {
		if c.Kind == KindAttribution {
			t.Errorf("Extract(%q) = attribution %q, want none", text, c.Text)
		}
	}
	return found
}

func TestExtractScareQuotesAreNoAttribution(t *testing.T) {
	for _, text := range []string{
		"Das „freundschaftliche“ Treffen fand in Paris statt.",
		"Der Film „Das Boot“ lief am Sonntag im Fernsehen.",
	} {
		if len(checkNoAttribution(t, text)) == 0 {
			t.Errorf("Extract(%q) = no claims, want a fact", text)
		}
	}
}

func TestExtractLinkLabelGlued(t *testing.T) {
	text := "SEHEN. Im Mai sagte die Sprecherin, der Zug sei pünktlich gewesen."
	ex := Extract(text, Options{Language: "de"})
	if len(ex.Skipped) == 0 || text[ex.Skipped[0].Start:ex.Skipped[0].End] != "SEHEN." {
		t.Errorf("Extract(%q).Skipped = %v, want SEHEN. as boilerplate", text, ex.Skipped)
	}
	for _, c := range ex.Claims {
		if strings.Contains(text[c.Start:c.End], "SEHEN") {
			t.Errorf("Extract(%q): claim %q covers the link label", text, text[c.Start:c.End])
		}
	}
	if !slices.ContainsFunc(ex.Claims, func(c Found) bool { return c.Kind == KindAttribution }) {
		t.Errorf("Extract(%q): no attribution after the label; got %s", text, dump(ex.Claims))
	}
}

func TestExtractLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Die Regierung hat am Montag beschlossen, dass die Steuer sinkt.", "de"},
		{"The government said on Monday that the tax will fall.", "en"},
		{"", "de"},
	}
	for _, tt := range tests {
		if got := Extract(tt.text, Options{}).Language; got != tt.want {
			t.Errorf("Extract(%q).Language = %q, want %q", tt.text, got, tt.want)
		}
		if got := Extract(tt.text, Options{Language: "auto"}).Language; got != tt.want {
			t.Errorf("Extract(%q, auto).Language = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestExtractInvalidUTF8(t *testing.T) {
	text := "Der Minister Paul K\xffhn (61) sagte: „Das ist \xfe\xff falsch.“ Ende"
	ex := Extract(text, Options{})
	checkInvariants(t, text, ex)
	if len(ex.Warnings) == 0 {
		t.Errorf("Extract(%q).Warnings = none, want a warning", text)
	}
}

func TestExtractUnbalancedQuote(t *testing.T) {
	text := "Der Sprecher sagte: „Wir prüfen das. Die Firma meldete 300 Fälle.\nDie Stadt zählt 12.000 Einwohner."
	ex := Extract(text, Options{Language: "de"})
	checkInvariants(t, text, ex)
	if !slices.ContainsFunc(ex.Claims, func(c Found) bool {
		return c.Kind == KindNumber && strings.Contains(text[c.Start:c.End], "12.000 Einwohner") && c.Value == 12000
	}) {
		t.Errorf("Extract(%q): the open quote swallowed the next line; got %s", text, dump(ex.Claims))
	}
}
