package claims

import (
	"strings"
	"testing"
)

// TestExtractSeparableCues covers reporting verbs whose particle comes at
// the end of the clause ("teilte … mit", "gab … bekannt"), in every place a
// German news sentence puts them.
func TestExtractSeparableCues(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		// the frame after the statement, with and without Konjunktiv
		{"Der Zugverkehr sei wieder aufgenommen worden, teilte die Deutsche Bahn mit.",
			[]want{{kind: KindAttribution, anchor: "Zugverkehr", speaker: "Deutsche Bahn", cue: "teilte mit",
				text: "Deutsche Bahn: Der Zugverkehr sei wieder aufgenommen worden"}}},
		{"Die Strecke zwischen Fulda und Kassel ist ab Montag wieder frei, teilte die Deutsche Bahn mit.",
			[]want{{kind: KindAttribution, anchor: "Strecke", speaker: "Deutsche Bahn", cue: "teilte mit",
				text: "Deutsche Bahn: Die Strecke zwischen Fulda und Kassel ist ab Montag wieder frei"}}},
		{"Das Grundwasser ist nicht belastet, stellten die Gutachter am Nachmittag fest.",
			[]want{{kind: KindAttribution, anchor: "Grundwasser", speaker: "Gutachter", cue: "stellten fest"}}},
		{"Der Umsatz wird in diesem Jahr 40 Millionen Euro betragen, gab der Vorstand bekannt.",
			[]want{{kind: KindAttribution, anchor: "40 Millionen", speaker: "Vorstand", cue: "gab bekannt"}}},
		// the frame before a colon or a clause: the statement reads without it
		{"Die Feuerwehr teilte am Abend mit: Das Feuer in der Lagerhalle ist gelöscht.",
			[]want{{kind: KindAttribution, anchor: "Lagerhalle", speaker: "Feuerwehr", cue: "teilte mit",
				text: "Feuerwehr: Das Feuer in der Lagerhalle ist gelöscht."}}},
		{"Der Minister gab bekannt, die Steuern würden im Herbst steigen.",
			[]want{{kind: KindAttribution, anchor: "Steuern", speaker: "Minister", cue: "gab bekannt",
				text: "Minister: Die Steuern würden im Herbst steigen."}}},
		{"Die Trainerin hob hervor, die Mannschaft habe bis zum Schluss gekämpft.",
			[]want{{kind: KindAttribution, anchor: "Mannschaft", speaker: "Trainerin", cue: "hob hervor",
				text: "Trainerin: Die Mannschaft habe bis zum Schluss gekämpft."}}},
		{"Die Polizei teilte mit, dass der Verdächtige am Morgen festgenommen worden sei.",
			[]want{{kind: KindAttribution, anchor: "Verdächtige", speaker: "Polizei", cue: "teilte mit"}}},
		{"Die Ministerin räumte ein, dass bei der Vergabe Fehler gemacht worden seien.",
			[]want{{kind: KindAttribution, anchor: "Vergabe", speaker: "Ministerin", cue: "räumte ein"}}},
		{"Der Sprecher wies darauf hin, dass die Brücke bis Freitag gesperrt bleibe.",
			[]want{{kind: KindAttribution, anchor: "Brücke", speaker: "Sprecher", cue: "wies hin"}}},
		// verb last in a clause with "wie", "bekannt" written apart
		{"Wie die Stadtverwaltung bekannt gab, bleibt das Hallenbad bis Ende Mai geschlossen.",
			[]want{{kind: KindAttribution, anchor: "Hallenbad", speaker: "Stadtverwaltung", cue: "bekannt gab",
				text: "Stadtverwaltung: Das Hallenbad bleibt bis Ende Mai geschlossen."}}},
		{"Das Hallenbad bleibt bis Ende Mai geschlossen, wie die Stadtverwaltung am Montag mitteilte.",
			[]want{{kind: KindAttribution, anchor: "Hallenbad", speaker: "Stadtverwaltung", cue: "mitteilte",
				text: "Stadtverwaltung: Das Hallenbad bleibt bis Ende Mai geschlossen"}}},
		// plural present forms
		{"Die Stadtwerke geben bekannt, dass die Preise im Januar sinken.",
			[]want{{kind: KindAttribution, anchor: "Preise", speaker: "Stadtwerke", cue: "geben bekannt"}}},
		{"Kritiker werfen der Ministerin vor, sie habe die Warnungen ignoriert.",
			[]want{{kind: KindAttribution, anchor: "Warnungen", speaker: "Kritiker", cue: "werfen vor"}}},
		{"Die Ermittler gehen davon aus, dass der Brand gelegt wurde.",
			[]want{{kind: KindAttribution, anchor: "Brand", speaker: "Ermittler", cue: "gehen aus"}}},
		// a quoted name after "laut"
		{"Laut „Tagesspiegel“ plant der Senat neue Radwege.",
			[]want{{kind: KindAttribution, anchor: "Radwege", speaker: "Tagesspiegel", cue: "Laut",
				text: "Tagesspiegel: Der Senat plant neue Radwege."}}},
		// a report or a study as the source, a reported accusation or demand
		{"Nach einem Bericht des Stadtanzeigers soll die Oper erst 2031 fertig werden.",
			[]want{{kind: KindAttribution, anchor: "Oper", speaker: "Stadtanzeiger", cue: "Nach einem Bericht"}}},
		{"Nach einer Studie der Universität Kiel schlafen Schüler im Schnitt sieben Stunden.",
			[]want{{kind: KindAttribution, anchor: "Schüler", cue: "Nach einer Studie"}}},
		{"Dem Bürgermeister wird vorgeworfen, Aufträge an Freunde vergeben zu haben.",
			[]want{{kind: KindAttribution, anchor: "Aufträge", cue: "vorgeworfen"}}},
		{"Der Landrat hat die Anwohner aufgefordert, die Fenster geschlossen zu halten.",
			[]want{{kind: KindAttribution, anchor: "Fenster", speaker: "Landrat", cue: "aufgefordert"}}},
		// a frame inserted between commas: the statement reads around it
		{"Die Lage, so erklärte der Innenminister, sei unter Kontrolle.",
			[]want{{kind: KindAttribution, anchor: "Lage", speaker: "Innenminister", cue: "erklärte",
				text: "Innenminister: Die Lage sei unter Kontrolle."}}},
		{"Der Grund für den Rücktritt, so vermutet die Zeitung, dürfte ein Streit im Vorstand gewesen sein.",
			[]want{{kind: KindAttribution, anchor: "Rücktritt", speaker: "Zeitung", cue: "vermutet",
				text: "Zeitung: Der Grund für den Rücktritt dürfte ein Streit im Vorstand gewesen sein."}}},
		// a quoted question is what someone asked, not a question to the reader
		{"Die Bürgermeisterin fragte: „Wer soll das bezahlen?“",
			[]want{{kind: KindAttribution, anchor: "bezahlen", speaker: "Bürgermeisterin", cue: "fragte", direct: yes}}},
		// "Dies bestätigte …": the sentence before is the statement
		{"Der Stürmer wechselt im Sommer zum Hamburger SV. Dies bestätigte der Verein am Montag.",
			[]want{{kind: KindAttribution, anchor: "Hamburger SV", speaker: "Verein", cue: "bestätigte",
				text: "Verein: Der Stürmer wechselt im Sommer zum Hamburger SV."}}},
		{"Die Filiale in Kassel schließt zum Jahresende. Das teilte ein Sprecher der Sparkasse mit.",
			[]want{{kind: KindAttribution, anchor: "Filiale", speaker: "Sprecher der Sparkasse", cue: "teilte mit"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
}

// TestExtractSeparableCuesNoAttribution lists sentences with the same verbs
// that report an act, not a statement.
func TestExtractSeparableCuesNoAttribution(t *testing.T) {
	for _, text := range []string{
		"Nachdem der Vertrag ausgelaufen war, gab der Trainer seinen Rücktritt bekannt.",
		"Der Bürgermeister eröffnete das Fest, kündigte aber keine neuen Projekte an.",
		"Die Opposition blockierte das Gesetz. Dies kritisierte der Kanzler scharf.",
		"Der Konzern stellte im März einen neuen Chef ein.",
		"Sind die Pläne der Stadt wirklich „gerecht?“",
		"„Wer soll das bezahlen?“",
	} {
		checkNoAttribution(t, text)
	}
}

// TestExtractBackReferenceReplacesFact checks that a sentence taken over as
// the statement of "Dies bestätigte …" is no plain fact as well.
func TestExtractBackReferenceReplacesFact(t *testing.T) {
	text := "Die Fähre nach Helgoland fällt am Freitag aus. Dies bestätigte die Reederei am Donnerstag."
	ex := Extract(text, Options{Language: "de"})
	checkInvariants(t, text, ex)
	for _, c := range ex.Claims {
		if c.Kind == KindFact && strings.Contains(text[c.Start:c.End], "Fähre") {
			t.Errorf("Extract(%q) = fact %q besides the attribution, want only the attribution", text, c.Text)
		}
	}
}

// TestExtractTradeUnderSource pins down the text of a trade claim that a
// source vouches for: the fact alone, without the frame (see tradeText).
func TestExtractTradeUnderSource(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Laut dem Statistischen Bundesamt stiegen die Exporte nach China um 4,2 Prozent.",
			[]want{
				{kind: KindAttribution, anchor: "Exporte", speaker: "Statistisches Bundesamt", cue: "Laut"},
				{kind: KindTrade, anchor: "Exporte", partner: "China", measure: "Exporte", value: 4.2, unit: "Prozent",
					text: "Die Exporte stiegen nach China um 4,2 Prozent."},
			}},
		{"Nach Angaben des Zolls sanken die deutschen Importe aus Russland im ersten Quartal um 12 Prozent.",
			[]want{{kind: KindTrade, anchor: "Importe", subject: "Deutschland", partner: "Russland",
				text: "Die deutschen Importe sanken aus Russland im ersten Quartal um 12 Prozent."}}},
		{"China ist nach Angaben der Zollbehörde Russlands wichtigster Handelspartner.",
			[]want{{kind: KindTrade, anchor: "Handelspartner", measure: "wichtigster Handelspartner"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
		ex := Extract(tt.text, Options{Language: "de"})
		for _, c := range ex.Claims {
			if c.Kind == KindTrade && (strings.Contains(c.Text, "Laut") || strings.Contains(c.Text, "Angaben")) {
				t.Errorf("Extract(%q) = trade %q, want the text without the source frame", tt.text, c.Text)
			}
		}
	}
}

// TestExtractDocumentSource covers "hervorgehen aus": the document after
// "aus" is the source, its author the speaker, and a back reference ("Dies
// geht aus … hervor.") takes the sentence before as the statement.
func TestExtractDocumentSource(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Die Zahl der Wohnungseinbrüche in Bremen ist 2023 um 14 Prozent gesunken. Dies geht aus der Kriminalstatistik der Polizei hervor.",
			[]want{{kind: KindAttribution, anchor: "Wohnungseinbrüche", speaker: "Polizei", cue: "geht hervor",
				text: "Polizei (Kriminalstatistik): Die Zahl der Wohnungseinbrüche in Bremen ist 2023 um 14 Prozent gesunken."}}},
		{"Die Stadtwerke Kiel erhöhen zum 1. Januar die Fernwärmepreise. Das geht aus einem Schreiben des Versorgers an seine Kunden hervor, das am Montag verschickt wurde.",
			[]want{{kind: KindAttribution, anchor: "Fernwärmepreise", speaker: "Versorger", cue: "geht hervor",
				text: "Versorger (Schreiben): Die Stadtwerke Kiel erhöhen zum 1. Januar die Fernwärmepreise."}}},
		{"Wie aus einem Bericht der Feuerwehr hervorgeht, ist die Brandursache in der Lagerhalle noch unklar.",
			[]want{{kind: KindAttribution, anchor: "Brandursache", speaker: "Feuerwehr", cue: "hervorgeht",
				text: "Feuerwehr (Bericht): Die Brandursache ist in der Lagerhalle noch unklar."}}},
		{"Der Landkreis hat 2022 rund 3,1 Millionen Euro für Gutachten ausgegeben, wie aus einer Antwort des Innenministeriums hervorgeht.",
			[]want{{kind: KindAttribution, anchor: "Gutachten", speaker: "Innenministerium", cue: "hervorgeht",
				text: "Innenministerium (Antwort): Der Landkreis hat 2022 rund 3,1 Millionen Euro für Gutachten ausgegeben"}}},
		{"Aus dem Jahresbericht des Rechnungshofs geht hervor, dass die Sanierung der Oper 40 Millionen Euro mehr kostet.",
			[]want{{kind: KindAttribution, anchor: "Sanierung", speaker: "Rechnungshof", cue: "geht hervor",
				text: "Rechnungshof (Jahresbericht): Die Sanierung der Oper kostet 40 Millionen Euro mehr."}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
	// the statement is a claim only once: the attribution takes the fact's place
	text := tests[0].text
	for _, c := range Extract(text, Options{Language: "de"}).Claims {
		if c.Kind != KindAttribution && strings.Contains(text[c.Start:c.End], "Wohnungseinbrüche") {
			t.Errorf("Extract(%q) = %s %q besides the attribution, want only the attribution", text, c.Kind, c.Text)
		}
	}
}

// TestExtractDocumentSourceNoAttribution lists uses of "hervorgehen" that
// tell where something came from, not what a document says.
func TestExtractDocumentSourceNoAttribution(t *testing.T) {
	for _, text := range []string{
		"Als Sieger aus der Stichwahl ging die Kandidatin der Grünen hervor.",
		"Aus der Fusion der beiden Kassen ging 2019 die größte Krankenkasse Sachsens hervor.",
		"Der Verein gründete 1950 eine Jugendabteilung, aus der später zwei Nationalspieler hervorgingen.",
		"Bürgermeisterin Anja Roth sagte, der Haushalt sei solide. Dies geht aus ihrer Rede hervor.",
	} {
		found := Extract(text, Options{Language: "de"}).Claims
		for _, c := range found {
			if c.Kind == KindAttribution && strings.Contains(c.Cue, "hervor") {
				t.Errorf("Extract(%q) = attribution %q with cue %q, want none from hervorgehen", text, c.Text, c.Cue)
			}
		}
	}
}

// TestExtractNachSource covers "nach" before a noun that names a finding
// or a count as the source: "Nach Berechnungen des Instituts …".
func TestExtractNachSource(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Nach Berechnungen des Ifo-Instituts kostet der Streik die Wirtschaft täglich 100 Millionen Euro.",
			[]want{{kind: KindAttribution, anchor: "Streik", speaker: "Ifo-Institut", cue: "Nach Berechnungen",
				text: "Ifo-Institut: Der Streik kostet die Wirtschaft täglich 100 Millionen Euro."}}},
		{"Nach dem vorläufigen Endergebnis erreichte die CSU 37 Prozent der Stimmen.",
			[]want{{kind: KindAttribution, anchor: "CSU", cue: "Nach dem vorläufigen Endergebnis"}}},
		{"Nach einer ersten Analyse der Ermittler löste ein defektes Kabel den Brand aus.",
			[]want{{kind: KindAttribution, anchor: "Kabel", speaker: "Ermittler", cue: "Nach einer ersten Analyse"}}},
		{"Nach bisherigen Erfahrungen steigen die Preise für Heizöl im Winter.",
			[]want{{kind: KindAttribution, anchor: "Heizöl", cue: "Nach bisherigen Erfahrungen"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
	// "nach" in time or place names no source
	for _, text := range []string{
		"Nach dem Spiel feierten die Fans bis in die Nacht auf dem Marktplatz.",
		"Nach der Sitzung fuhr der Bürgermeister nach Hause.",
	} {
		checkNoAttribution(t, text)
	}
}

// TestExtractStandingIsNoCharacterization lists quotations after "als"
// that say what something counts as or is known as, not what someone
// called it (see standing); "wertete … als „…“" still is one.
func TestExtractStandingIsNoCharacterization(t *testing.T) {
	for _, text := range []string{
		"Der Abgeordnete galt schon damals als „heimlicher Fraktionschef“.",
		"Der Täter ist in der Stadt nur als „Phantom von Giesing“ bekannt.",
		"Die alte Kaserne dient seit Mai als „Ankerzentrum“ für Geflüchtete.",
		"Die Gesamtschule präsentiert sich als „Schule ohne Rassismus“.",
		"Leipzig wurde als „Stadt der Musik“ ausgezeichnet.",
	} {
		checkNoAttribution(t, text)
	}
	checkExtract(t, "de", "Der Landrat wertete die Pläne als „völlig überzogen“.",
		[]want{{kind: KindAttribution, anchor: "überzogen", speaker: "Landrat", cue: "als"}}, nil, nil)
}

// TestExtractProposalAndFinding covers verbs that report a proposal, an
// appeal or a finding with a clause after them.
func TestExtractProposalAndFinding(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Der Verkehrsminister schlägt vor, die Maut nur für den Transitverkehr zu erheben.",
			[]want{{kind: KindAttribution, anchor: "Maut", speaker: "Verkehrsminister", cue: "schlägt vor"}}},
		{"Der Bericht führt aus, ein Drittel der Brücken in Sachsen sei sanierungsbedürftig.",
			[]want{{kind: KindAttribution, anchor: "Brücken", speaker: "Bericht", cue: "führt aus",
				text: "Bericht: Ein Drittel der Brücken in Sachsen sei sanierungsbedürftig."}}},
		{"Forscher der Universität Greifswald fanden heraus, dass Kegelrobben in der Ostsee wieder häufiger werden.",
			[]want{{kind: KindAttribution, anchor: "Kegelrobben", cue: "fanden heraus"}}},
		{"Die Gewerkschaft hat die Beschäftigten aufgerufen, am Montag die Arbeit niederzulegen.",
			[]want{{kind: KindAttribution, anchor: "Arbeit", speaker: "Gewerkschaft", cue: "aufgerufen"}}},
		{"Eine Umfrage des Ärzteverbands ergab, dass jede dritte Praxis keine neuen Patienten aufnimmt.",
			[]want{{kind: KindAttribution, anchor: "Praxis", cue: "ergab"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
	checkNoAttribution(t, "Der Geiselnehmer ergab sich der Polizei, als die Spezialeinheit das Haus stürmte.")
}

// TestExtractQuotedNamesAreNoQuotation lists long quotations that name an
// organisation, a prize or a project (after a title noun or a definite
// article, see titleBefore): no one is quoted.
func TestExtractQuotedNamesAreNoQuotation(t *testing.T) {
	for _, text := range []string{
		"Der frühere Vorsitzende der Gewerkschaft „Erziehung und Wissenschaft in Bayern“ ist tot.",
		"An Bord sind auch Mitglieder der Hilfsorganisation „Ärzte für die Menschen in Not“.",
		"Der „Preis der Stadt Köln für Verdienste um das Ehrenamt“ geht an eine Lehrerin aus Kalk.",
		"Die Schülerinnen des „Projekts Lesen macht stark in Sachsen“ stellten ihre Bücher vor.",
	} {
		checkNoAttribution(t, text)
	}
	// an indefinite article before a quoted phrase: someone's words
	checkExtract(t, "de", "Die Grünen fordern eine „schnelle und gerechte Lösung für alle Mieter“.",
		[]want{{kind: KindAttribution, anchor: "Mieter", direct: yes}}, nil, nil)
}

// TestExtractNoCueForm lists words spelt like a reporting verb that report
// nothing here: a possessive and reflexive uses.
func TestExtractNoCueForm(t *testing.T) {
	tests := []struct{ text, cue string }{
		{"Am meisten habe ich die Arbeit mit meinen Freunden aus der Band „Kettcar“ genossen, sagte die Regisseurin.", "meinen"},
		{"Damit bestätigt sich die Vermutung, dass das Virus mit Zugvögeln nach Europa kam.", "bestätigt"},
		{"Der Geiselnehmer ergab sich am Abend, nachdem die Polizei mit ihm verhandelt hatte.", "ergab"},
	}
	for _, tt := range tests {
		for _, c := range Extract(tt.text, Options{Language: "de"}).Claims {
			if c.Kind == KindAttribution && c.Cue == tt.cue {
				t.Errorf("Extract(%q) = attribution %q with cue %q, want none with that cue", tt.text, c.Text, c.Cue)
			}
		}
	}
}

// TestExtractViewNach covers "Seiner Meinung nach" and "ihrer Ansicht
// nach": the view of the person named before.
func TestExtractViewNach(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Der Gutachter Paul Brandt prüfte die Flugdaten. Seiner Meinung nach hätte der Tower die Landung verbieten müssen.",
			[]want{{kind: KindAttribution, anchor: "Tower", speaker: "Paul Brandt", cue: "Seiner Meinung nach",
				text: "Paul Brandt: Der Tower hätte die Landung verbieten müssen."}}},
		{"Die Ministerin Petra Kolbe besuchte das Klärwerk in Halle. Das Werk sei ihrer Ansicht nach gut geführt.",
			[]want{{kind: KindAttribution, anchor: "gut geführt", speaker: "Petra Kolbe"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
}

// TestExtractFollowOnSubjunctive covers reported speech that goes on in
// the sentence after an attribution with "würde" or a Konjunktiv I such as
// "bedeute" or "gehöre".
func TestExtractFollowOnSubjunctive(t *testing.T) {
	const intro = "Verkehrsminister Jan Holm sagte am Montag, die Brücke über die Saale sei marode. "
	tests := []struct {
		text  string
		wants []want
	}{
		{intro + "Eine Sanierung würde mindestens zwei Jahre dauern.",
			[]want{{kind: KindAttribution, anchor: "Sanierung", speaker: "Jan Holm"}}},
		{intro + "Das bedeute für Pendler lange Umwege.",
			[]want{{kind: KindAttribution, anchor: "Pendler", speaker: "Jan Holm"}}},
		{intro + "Dazu gehöre auch die alte Fußgängerbrücke am Hafen.",
			[]want{{kind: KindAttribution, anchor: "Fußgängerbrücke", speaker: "Jan Holm"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
}

// TestExtractParticipleFrames covers a participle frame whose auxiliary
// comes last in a clause with "wie", and "bekannt gegeben" written apart.
func TestExtractParticipleFrames(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Wie die Stadt Jena am Montag mitgeteilt hat, bleibt das Freibad bis Juni geschlossen.",
			[]want{{kind: KindAttribution, anchor: "Freibad", speaker: "Stadt Jena", cue: "mitgeteilt hat",
				text: "Stadt Jena: Das Freibad bleibt bis Juni geschlossen."}}},
		{"Wie der Landkreis bekanntgegeben hatte, wird die Kreisstraße im Herbst saniert.",
			[]want{{kind: KindAttribution, anchor: "Kreisstraße", speaker: "Landkreis", cue: "bekanntgegeben hatte"}}},
		{"Die Stadtwerke haben am Freitag bekannt gegeben, dass die Gaspreise im Januar sinken.",
			[]want{{kind: KindAttribution, anchor: "Gaspreise", speaker: "Stadtwerke", cue: "bekannt gegeben"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
	for _, text := range []string{
		"„Kaiser Franz“, wie er in München genannt wird, feierte am Sonntag seinen Geburtstag.",
		"Der Termin wurde noch nicht offiziell bekannt gegeben, da die Verhandlungen andauern.",
	} {
		checkNoAttribution(t, text)
	}
}

// TestExtractImpersonalSuspicion covers "Es wird vermutet, dass …": what
// someone suspects is passed on; a forecast ("Es wird erwartet, dass …")
// is not.
func TestExtractImpersonalSuspicion(t *testing.T) {
	checkExtract(t, "de", "Es wird vermutet, dass der Brand in der Scheune gelegt wurde.",
		[]want{{kind: KindAttribution, anchor: "Scheune", cue: "vermutet"}}, nil, nil)
	checkExtract(t, "de", "Es wird befürchtet, dass die Zahl der Toten noch steigt.",
		[]want{{kind: KindAttribution, anchor: "Toten", cue: "befürchtet"}}, nil, nil)
	checkNoAttribution(t, "Es wird erwartet, dass der Sturm am Montag die Küste erreicht.")
}

// TestExtractViewFrames covers "hält es für möglich, dass …" and "zeigte
// sich besorgt, dass …": the view frames the clause, so the claim is the
// whole sentence (the clause alone would state what was only doubted).
func TestExtractViewFrames(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Das Robert-Koch-Institut hält es für unwahrscheinlich, dass sich das Virus über Lebensmittel verbreitet.",
			[]want{{kind: KindAttribution, anchor: "Lebensmittel", speaker: "Robert-Koch-Institut", cue: "hält",
				text: "Robert-Koch-Institut: Das Robert-Koch-Institut hält es für unwahrscheinlich, dass sich das Virus über Lebensmittel verbreitet."}}},
		{"Die Gewerkschaft zeigte sich besorgt, dass weitere Filialen schließen könnten.",
			[]want{{kind: KindAttribution, anchor: "Filialen", speaker: "Gewerkschaft", cue: "zeigte"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
	for _, text := range []string{
		"Die Polizei hält die Straße gesperrt, bis die Bombe entschärft ist.",
		"Der Clanchef hält seine Tochter für eine Verräterin, da sie einen Polizisten liebt.",
		"Der Trainer zeigte sich nach dem Spiel in der Kabine.",
	} {
		checkNoAttribution(t, text)
	}
}

// TestExtractDecisionsAndNegation covers decisions with their content
// ("beschloss, … zu …", "hat entschieden, dass …") and negated reporting
// verbs, which attribute nothing.
func TestExtractDecisionsAndNegation(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Der Stadtrat von Erfurt beschloss am Abend, die Gebühren für Kitas zu senken.",
			[]want{{kind: KindAttribution, anchor: "Kitas", speaker: "Stadtrat von Erfurt", cue: "beschloss"}}},
		{"Das Oberverwaltungsgericht hat entschieden, dass die Blitzer abgebaut werden müssen.",
			[]want{{kind: KindAttribution, anchor: "Blitzer", speaker: "Oberverwaltungsgericht", cue: "entschieden"}}},
		{"Nicht nur der Bürgermeister sagte, die Reform sei gescheitert.",
			[]want{{kind: KindAttribution, anchor: "Reform", speaker: "Bürgermeister", cue: "sagte"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
	for _, text := range []string{
		"Ein Sprecher der Bahn wollte nicht bestätigen, dass die Strecke gesperrt wird.",
		"Noch ist der Streit im Vorstand nicht entschieden, die Mitglieder stimmen im Mai ab.",
		"Über den Vorfall hat die Zeitung bislang nicht berichtet.",
	} {
		checkNoAttribution(t, text)
	}
}

// TestExtractPluperfectPassive covers a participle frame with "war" as
// its auxiliary and "gebeten".
func TestExtractPluperfectPassive(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Im Gutachten war festgestellt worden, dass die Brücke nicht mehr sicher ist.",
			[]want{{kind: KindAttribution, anchor: "Brücke", cue: "festgestellt"}}},
		{"Die Bürgermeisterin hatte den Kämmerer gebeten, vorerst im Amt zu bleiben.",
			[]want{{kind: KindAttribution, anchor: "Kämmerer", speaker: "Bürgermeisterin", cue: "gebeten"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
}

// TestExtractNoReport lists reporting verb forms that report nothing: an
// adjective before a noun, a name given with "sich" or "man", a sentence
// passed by a court.
func TestExtractNoReport(t *testing.T) {
	for _, text := range []string{
		"Der Wagen hält mit einer bestätigten Höchstgeschwindigkeit von 412 km/h den Rekord, seit 2007.",
		"Bernd Kramer, wie er sich selbst gerne nannte, ist tot.",
		"Als Lichtjahr bezeichnet man die Strecke, die das Licht in einem Jahr zurücklegt.",
		"Der Mann war zu zehn Jahren Haft verurteilt worden, weil er Plakate beschmiert hatte.",
	} {
		checkNoAttribution(t, text)
	}
	checkExtract(t, "de", "Die UN verurteilte den Anschlag und erklärte, die Täter müssten bestraft werden.",
		[]want{{kind: KindAttribution, anchor: "Täter", speaker: "UN"}}, nil, nil)
	// "das" before the verb is a pronoun, the form no adjective
	checkExtract(t, "de", "Das Feuer in der Lagerhalle sei gelöscht, das bestätigte Feuerwehrsprecher Ralf Lenz.",
		[]want{{kind: KindAttribution, anchor: "Lagerhalle", speaker: "Ralf Lenz", cue: "bestätigte"}}, nil, nil)
}

// TestExtractRelativeClauseIsNoStatement lists sentences whose comma after
// a reporting verb opens a relative clause about a noun, not what was said
// (see relativeAfter); a main clause after "die" still is a statement.
func TestExtractRelativeClauseIsNoStatement(t *testing.T) {
	for _, text := range []string{
		"Der Prüfbericht kritisiert eine Änderung der Bauordnung, die zwei Monate vor der Wahl in Kraft trat.",
		"Der Untersuchungsbericht schildert die Fehlerkette, welche zu dem Unglück führte.",
	} {
		checkNoAttribution(t, text)
	}
	checkExtract(t, "de", "Der Minister erklärte, die Steuern würden im Herbst steigen.",
		[]want{{kind: KindAttribution, anchor: "Steuern", speaker: "Minister"}}, nil, nil)
	checkExtract(t, "de", "Er wird beschuldigt, der Drahtzieher des Überfalls gewesen zu sein.",
		[]want{{kind: KindAttribution, anchor: "Drahtzieher", cue: "beschuldigt"}}, nil, nil)
}
