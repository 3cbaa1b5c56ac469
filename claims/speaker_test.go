package claims

import (
	"slices"
	"strings"
	"testing"
)

// TestSpeaker checks who an attribution is given to and how its text
// opens: a fronted adverb or object is no subject (verb-second order), a
// pronoun is the person named since the last attribution, a source phrase
// names the speaker and is never replaced by the last one, reported speech
// stops carrying a speaker on when someone new takes the floor, and the
// frames of German news (wie-clauses, passives, relative clauses, heißt es)
// give the right speaker and a statement that reads alone.
func TestSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		anchor     string // a piece of the attribution's passage
		speaker    string
		prefix     string // how the attribution's text starts, if set
	}{
		{"adverb from the lexicon before the verb",
			"Insgesamt meldet die Feuerwehr weniger Einsätze als im Vorjahr, dennoch sei die Lage angespannt.",
			"weniger Einsätze", "Feuerwehr", "Feuerwehr"},
		{"unlisted adverb before the verb, pronoun after it",
			"Die Stadt hat den Haushalt beschlossen. Kämmerer Jonas Brandt legte die Zahlen vor. Nüchtern betonte er, die Rücklagen seien aufgebraucht.",
			"Rücklagen", "Jonas Brandt", "Jonas Brandt: "},
		{"unlisted adverb before the verb, a group after it",
			"Überraschend erklärte die Staatsanwaltschaft, das Verfahren werde eingestellt.",
			"Verfahren", "Staatsanwaltschaft", "Staatsanwaltschaft: "},
		{"a fronted adverb and prepositional phrase before the verb",
			"Bereits während seiner Amtszeit warnte Anwalt Mathis Gerlach, die Reform komme zu spät.",
			"Reform", "Mathis Gerlach", "Mathis Gerlach: "},
		{"a fronted pronominal adverb, the subject a person with der",
			"Hierzu schrieb der Journalist Mathis Gerlach, die Polizei habe versagt.",
			"versagt", "Mathis Gerlach", "Mathis Gerlach: "},
		{"wie-clause with an apposition before the verb",
			"Wie Mathis Gerlach, Sprecher des Hilfswerks, in Bangkok mitteilte, sind die Straßen wieder frei.",
			"Straßen", "Mathis Gerlach", "Mathis Gerlach: "},
		{"wie-clause with a quoted name and an adverb",
			"Wie die „Aktion Deutschland hilft“ heute mitteilte, seien die Spenden gestiegen.",
			"Spenden", "Aktion Deutschland hilft", ""},
		{"a dative object before the verb",
			"Der regionalen Zeitung sagte Mathis Gerlach: „Wir geben nicht auf.“",
			"geben nicht auf", "Mathis Gerlach", "Mathis Gerlach: "},
		{"a time phrase before the verb",
			"Erst vergangene Woche kündigte der Konzern an, alle Schalter zu schließen.",
			"Schalter", "Konzern", ""},
		{"a surname with a particle",
			"Ministerin Ursula von der Leyen stellte das Programm vor. Von der Leyen betonte, unter den Teilnehmern seien viele Frauen.",
			"Teilnehmern", "Ursula von der Leyen", "Ursula von der Leyen: "},
		{"so with an adverb after the name",
			"„Die Zahlen stimmen nicht“, sagte Anwalt Mathis Gerlach. Der Konzern schweige dazu. „Das hat Methode“, so Gerlach weiter.",
			"Methode", "Mathis Gerlach", "Mathis Gerlach: "},
		{"the name first, the role in apposition",
			"Mathis Gerlach, Bundestagsabgeordnete, spricht von einer Neudefinition des Rechtsstaats, die Folgen seien unabsehbar.",
			"Neudefinition", "Mathis Gerlach", "Mathis Gerlach (spricht von): "},
		{"the subject after a relative pronoun with a preposition",
			"Festgenommen wurde ein 31-jähriger Mann, von dem die Polizei glaubt, er sei angeworben worden.",
			"angeworben", "Polizei", "Polizei: "},
		{"the antecedent of a relative pronoun in the nominative",
			"In der Zeitung erschien ein Kommentar, der die Entscheidung als „nicht nachzuvollziehende Verirrung“ bezeichnet.",
			"Verirrung", "Kommentar", "Kommentar: In der Zeitung erschien ein Kommentar"},
		{"a sentence in Konjunktiv between keeps the speaker",
			"„Wir messen seit Jahren“, sagte der Forscher Mathis Gerlach. Gerlach war mehrmals in der Region. Einige Vertreter der Behörden würden die Lage verharmlosen. Über die Folgen werde die Bevölkerung nicht aufgeklärt.",
			"Bevölkerung", "Mathis Gerlach", "Mathis Gerlach: "},
		{"an object before the verb, a pronoun after it",
			"Innenminister Mathis Gerlach verteidigte das Gesetz. Die Erweiterung der Befugnisse bezeichnete er als „maßvoll“.",
			"maßvoll", "Mathis Gerlach", "Die Erweiterung der Befugnisse bezeichnete Mathis Gerlach als"},
		{"a second verb joined by und shares the first subject",
			"Innenminister Mathis Gerlach verteidigte das Gesetz. Er halte es für vertretbar und bezeichnete die Erweiterung der Befugnisse als „maßvoll“.",
			"maßvoll", "Mathis Gerlach", "Mathis Gerlach halte es für vertretbar und bezeichnete"},
		{"wie-clause with a separable verb written apart",
			"Wie die Banca d'Italia in Rom bekannt gab, soll der Gouverneur zurücktreten.",
			"Gouverneur", "Banca d'Italia", "Banca d'Italia: Der Gouverneur soll zurücktreten."},
		{"wie-clause after denn, with a quoted name",
			"Denn wie die „Bild“ in ihrer Ausgabe vom 17.12.2005 berichtete, leidet der Schauspieler an Alzheimer.",
			"Alzheimer", "Bild", "Bild: Der Schauspieler leidet an Alzheimer."},
		{"a quoted name with an article after the verb",
			"Ende Januar verkündete der „Deutsche Fußball-Bund“ offiziell, dass man sich bewerben werde.",
			"bewerben", "Deutsche Fußball-Bund", "Deutsche Fußball-Bund: "},
		{"heißt es after a relative clause",
			"In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es, dass es Fortschritte gegeben habe.",
			"Fortschritte", "Resolution", ""},
		{"hieß es with the source after it",
			"Mehrere Reporter seien abgedrängt worden, hieß es bei Russland Aktuell.",
			"abgedrängt", "Russland Aktuell", "Russland Aktuell: "},
		{"a passive quotation names who quotes as the source",
			"Der Fraktionschef der Grünen, Mathis Gerlach, wird von der „Netzeitung“ mit den Worten zitiert: „Der Senat ist angeschlagen.“",
			"angeschlagen", "Mathis Gerlach", "Mathis Gerlach (laut Netzeitung): "},
		{"a passive quotation in a wie-clause",
			"Der Betreuer habe jedem Spieler Geld gegeben, wie Anwalt Mathis Gerlach von der Nachrichtenagentur Reuters zitiert wird.",
			"Geld", "Mathis Gerlach", "Mathis Gerlach (laut Reuters): Der Betreuer habe"},
		{"a reporting verb in a relative clause is not the frame",
			"Ein hoher Beamter, den die New York Times zitiert, kommentierte, die Erklärungen seien eindeutig.",
			"eindeutig", "hoher Beamter", ""},
		{"quoted in a press release",
			"Der Vorsitzende Mathis Gerlach wird in einer Presseerklärung der Gewerkschaft mit den Worten zitiert: „Wir brauchen Ruhe.“",
			"Ruhe", "Mathis Gerlach", "Mathis Gerlach (laut Gewerkschaft): "},
		{"verlautete with aus",
			"Aus Militärkreisen verlautete, dass 15 Zivilisten starben.",
			"Zivilisten", "Militärkreisen", "Militärkreisen: "},
		{"the agent of a passive reporting verb speaks",
			"Die Gruppe wurde von der Regierung Kenias beschuldigt, hinter dem Anschlag zu stecken.",
			"Anschlag", "Regierung Kenias", "Regierung Kenias: Die Gruppe wurde von der Regierung Kenias beschuldigt"},
		{"the agent of a passive after a quotation",
			"Seine Werke werden von Musikkennern als „Meilensteine der Musikgeschichte“ bezeichnet.",
			"Meilensteine", "Musikkennern", ""},
		{"an age as adjective in the subject",
			"Der 81-jährige Besitzer des Hauses hatte vor längerer Zeit festgestellt, dass eine Maus im Laub war.",
			"Maus", "Besitzer des Hauses", "Besitzer des Hauses: "},
		{"a name before the verb stays the subject",
			"Siemens bestätigte die Zahlen, der Umsatz sei gestiegen.",
			"Umsatz", "Siemens", ""},
		{"a fronted adverb does not become the speaker of the next sentence",
			"Insgesamt spricht die Feuerwehr von einem ruhigen Wochenende, die Einsätze seien zurückgegangen. Allein in der Altstadt seien aber vier Keller vollgelaufen.",
			"vier Keller", "Feuerwehr", "Feuerwehr: "},
		{"a pronoun is the person named after the last attribution",
			"„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Keller. Die Pläne liegen seit Mai aus. Der Verkehrsminister des Landes, Mathis Gerlach, besuchte am Montag die Baustelle. Er sagte, das Geld sei bereits bewilligt.",
			"bewilligt", "Mathis Gerlach", "Mathis Gerlach: "},
		{"a pronoun is the last speaker when nobody new was named",
			"„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Keller. Die Pläne liegen seit Mai aus. Der Bau beginnt im Herbst. Sie sagte, das Geld sei bereits bewilligt.",
			"bewilligt", "Anna Keller", "Anna Keller: "},
		{"a source phrase with a lower-case name",
			"„Die Lage ist ruhig“, sagte Polizeisprecher Lars Beringer. Nach Angaben von n-tv sind die Gruppen sehr mobil.",
			"sehr mobil", "n-tv", "n-tv: "},
		{"a lower-case name in apposition belongs to the speaker",
			"Ein Reporter des Senders n-tv berichtete, die Lage sei ruhig.",
			"Lage", "Reporter des Senders n-tv", "Reporter des Senders n-tv: "},
		{"laut with a web address",
			"Die Polizei sprach von einem Einzeltäter. Laut t-online.de ist der Mann inzwischen gefasst.",
			"gefasst", "t-online.de", "t-online.de: "},
		{"reported speech after an institution as subject is theirs",
			"Landrat Jonas Brandt sagte, die Straße bleibe gesperrt. Das Landesamt für Straßenbau sieht das anders. Die Brücke sei bereits geprüft worden.",
			"geprüft", "Landesamt", "Landesamt: "},
		{"reported speech after a non-speaking subject stays with the speaker",
			"Landrat Jonas Brandt sagte, die Straße bleibe gesperrt. Die Umleitung führt über Neustadt. Die Brücke sei bereits geprüft worden.",
			"geprüft", "Jonas Brandt", "Jonas Brandt: "},
		{"reported speech after someone named in full since the last attribution",
			"„Wir müssen sparen“, sagte Kämmerin Anna Keller. Am Montag will Finanzbürgermeister Hartmut Vorjahn eine Vorlage präsentieren. Der Ausschuss werde am Freitag beraten.",
			"Ausschuss", "Hartmut Vorjahn", "Hartmut Vorjahn: "},
		{"a quotation standing alone after someone new took the floor",
			"„Wir sparen nicht an Schulen“, sagte Kämmerin Anna Keller. Die Gewerkschaft Verdi kritisierte den Haushalt scharf. „Das reicht hinten und vorne nicht für alle Kitas.“",
			"hinten und vorne", "Gewerkschaft Verdi", ""},
		{"a quotation standing alone continues the last speaker",
			"„Wir sparen nicht an Schulen“, sagte Kämmerin Anna Keller. Der Haushalt wird im Mai beschlossen. „Das Geld reicht für alle neuen Kitas in der Stadt.“",
			"alle neuen Kitas", "Anna Keller", "Anna Keller: "},
		{"a role with another adjective of origin is someone else",
			"Der venezolanische Präsident Hugo Morales traf seinen Amtskollegen. „Wir bauen eine gemeinsame Pipeline“, sagte Morales. Danach erklärte der brasilianische Präsident, das Projekt sei zu teuer.",
			"zu teuer", "brasilianische Präsident", ""},
		{"an abbreviation in parentheses inside the subject",
			"Im Vorfeld hatte das deutsche Organisationskomitee (OK) der Fußball-Weltmeisterschaft betont, dass die Karten wichtig seien.",
			"Karten", "deutsche Organisationskomitee (OK) der Fußball-Weltmeisterschaft", ""},
		{"a name in apposition to a role with a genitive",
			"Der Vizepräsident des OK, Wolfgang Niersbach, zeigte sich „sehr glücklich, wie die WM bisher gelaufen“ sei.",
			"glücklich", "Wolfgang Niersbach", ""},
		{"an inserted so-frame with an adverbial after the speaker",
			"Doch sei es, so der ugandische Schriftsteller Musa Okwanga in einem Blogeintrag auf der Website der Zeitung „The Independent“, ein Haufen mächtiger Leute gewesen, der Kony gewähren lassen habe.",
			"Haufen", "Musa Okwanga", "Musa Okwanga: Doch sei es ein Haufen mächtiger Leute gewesen"},
		{"nennen with an apposition and a quoted name keeps the sentence",
			"Angesichts solcher Alternativen nannte Reinhard Jung, Geschäftsführer des Bauernbundes Brandenburg, die Kartoffel „überflüssig wie ein Kropf“.",
			"Kropf", "Reinhard Jung", "Angesichts solcher Alternativen nannte Reinhard Jung"},
		{"two clauses under one dass keep the sentence",
			"Der Minister sagte, dass die Steuern sinken und die Renten steigen würden.",
			"Renten", "Minister", "Der Minister sagte, dass die Steuern sinken und die Renten steigen würden."},
		{"so with a lower-case word after the name",
			"„Das Milieu reicht bis in die Büros der Linken“, so Guttenberg wörtlich.",
			"Milieu", "Guttenberg", "Guttenberg: „Das Milieu"},
		{"an apposition closes a trailing frame",
			"„Wir diskutieren alle, wie dieses Haus funktioniert“, sagte Bill Graham, Parteichef der Liberalen.",
			"diskutieren", "Bill Graham", "Bill Graham: „Wir diskutieren"},
		{"a dass-clause that opens with a prepositional phrase",
			"Todor Kolarow sagte, dass im Jahr 2011 fünf Millionen Euro der Mafia beschlagnahmt wurden.",
			"Mafia", "Todor Kolarow", "Todor Kolarow: Im Jahr 2011 wurden fünf Millionen Euro der Mafia beschlagnahmt."},
		{"a pronoun speaker is the person a laut-phrase names",
			"Die Regelung gilt seit Januar. Die Ausfälle würden laut Finanzminister Peer Steinbrück nicht ausgeglichen, ließ er verlautbaren.",
			"Ausfälle", "Peer Steinbrück", ""},
		{"a quoted name in the genitive after a source noun",
			"Laut einem Artikel der „New York Times“ hat sich al Huthi gestern an die UN gewandt.",
			"al Huthi", "New York Times", ""},
		{"a dass-clause that opens with sich",
			"Unterdessen verlangen die Grünen, dass sich der Rechtsausschuss des Landtages mit dem Thema befassen soll.",
			"Rechtsausschuss", "Grünen", "Grünen: Der Rechtsausschuss des Landtages soll sich mit dem Thema befassen."},
		{"a bare noun phrase before the apposition is no statement",
			"Der Vorsitzende des Bauhauptverbands in Deutschland, Michael Knipper, kritisierte die Entscheidung scharf: „Die BaFin muss sich fragen lassen.“",
			"BaFin muss", "Michael Knipper", "Der Vorsitzende des Bauhauptverbands"},
		{"a clause with wonach after a negated verb: the reports say it",
			"Ein Polizeisprecher konnte erste Medienberichte nicht bestätigen, wonach Zeugen eine Explosion gehört haben wollen.",
			"Explosion", "Medienberichte", ""},
		{"an infinitive with zu reads with its frame",
			"Frankreich hat sich bereit erklärt, weitere 2.000 Soldaten in den Libanon zu entsenden.",
			"Soldaten", "Frankreich", "Frankreich hat sich bereit erklärt, weitere"},
		{"a separable verb at the end of a dass-clause splits",
			"Das Umweltamt teilte mit, dass die Ablagerungen im Hafenbecken keine Gefahr darstellen.",
			"Ablagerungen", "Umweltamt", "Umweltamt: Die Ablagerungen stellen im Hafenbecken keine Gefahr dar."},
		{"a separable verb with an adverb",
			"Die Stadtwerke erklärten, dass der Verbrauch im Winter wieder zunimmt.",
			"Verbrauch", "Stadtwerke", "Stadtwerke: Der Verbrauch nimmt im Winter wieder zu."},
		{"a dass-clause without a subject first keeps the sentence",
			"Das Rote Kreuz befürchtet, dass weit mehr Menschen durch das Hochwasser ums Leben gekommen sein könnten.",
			"Hochwasser", "Rote Kreuz", "Das Rote Kreuz befürchtet, dass weit mehr Menschen"},
		{"a report noun in the dative as source keeps the sentence",
			"Medienberichten zufolge wurden in Leipzig drei Demonstranten festgenommen.",
			"Demonstranten", "Medienberichten", "Medienberichten zufolge wurden in Leipzig drei Demonstranten festgenommen."},
		{"a compound report noun with nach keeps the sentence",
			"Nach Augenzeugenberichten stürzte der Kran gegen 9 Uhr auf die Baustelle.",
			"Kran", "Augenzeugenberichten", "Nach Augenzeugenberichten stürzte der Kran"},
		{"an adjective and a report noun in the dative keep the sentence",
			"Israelischen Angaben zufolge wurden zwei Raketen abgefangen.",
			"Raketen", "Israelische Angaben", "Israelischen Angaben zufolge wurden zwei Raketen abgefangen."},
		{"a report noun with a genitive names who made it",
			"Nach Angaben der Feuerwehr wurde niemand verletzt.",
			"niemand", "Feuerwehr", "Feuerwehr: "},
		{"an adjective after a dropped article gets the article back",
			"Das zwölfköpfige Gremium erklärte, die Prüfung dauere zehn Tage.",
			"Prüfung", "zwölfköpfige Gremium", "Das zwölfköpfige Gremium: Die Prüfung dauere zehn Tage."},
		{"a plural with die gets the article back",
			"Die japanischen Behörden erklärten, die Strahlung sei gesunken.",
			"Strahlung", "japanischen Behörden", "Die japanischen Behörden: Die Strahlung sei gesunken."},
		{"a time phrase between subject and verb is not the speaker's",
			"Wie der Deutsche Alpenverein in der vergangenen Nacht bekanntgegeben hat, bleibt die Hütte geschlossen.",
			"Hütte", "Deutsche Alpenverein", "Deutsche Alpenverein: Die Hütte bleibt geschlossen."},
		{"a time phrase with am between subject and verb",
			"Wie die Stadtverwaltung am späten Abend mitteilte, fällt das Feuerwerk aus.",
			"Feuerwerk", "Stadtverwaltung", "Stadtverwaltung: "},
		{"an adverb that opens the sentence is not the speaker's",
			"Auch Feinstein argumentierte, die Kandidatin habe die meisten Stimmen.",
			"Kandidatin", "Feinstein", "Feinstein: Die Kandidatin habe"},
		{"an apposition before the colon of a frame belongs to the label",
			"Nach dem Konzert sagte Jon Bon Jovi, Gründer der Rockband: „Ich nehme meine Gitarre nicht in die Hand, um Geld zu verdienen.“",
			"Gitarre", "Jon Bon Jovi", "Jon Bon Jovi (nach dem Konzert): „Ich nehme meine Gitarre"},
		{"a frame without a verb names the speaker before the colon",
			"Die Opposition fordert die Löschung. Innenministerin Carla Brandt wörtlich: „Wir werden die Daten nicht vernichten, auch wenn es Druck gibt.“",
			"Daten", "Carla Brandt", "Carla Brandt: „Wir werden"},
		{"a frame with a verb before the colon keeps the sentence",
			"Bundespräsident Horst Weber war in Kiel. Hier sparte der Bundespräsident auch nicht mit Kritik: „Jeder sollte wissen, was die Schritte kosten.“",
			"Schritte", "Horst Weber", "Horst Weber: Hier sparte"},
		{"a quoted name in lower case in a wie-clause",
			"Wie „heise online“ berichtet, hat der Hersteller die Lücke geschlossen.",
			"Lücke", "heise online", "heise online: Der Hersteller hat die Lücke geschlossen."},
		{"a quoted name in lower case after laut",
			"Laut „taz“ wurde das Verfahren eingestellt.",
			"Verfahren", "taz", ""},
		{"a dass-clause whose last verb is an infinitive with zu keeps the sentence",
			"Der Bürgermeister hatte die Änderung damit begründet, dass er mehr Zeit brauche um wichtige Bauprojekte voranzubringen.",
			"Bauprojekte", "Bürgermeister", "Der Bürgermeister hatte die Änderung damit begründet, dass er"},
		{"a relative clause after a heißt-es frame describes the document",
			"Wegen des schlechten Zugangs seien keine Aussagen möglich, heißt es in dem Bericht, der konkrete Fälle auflistet.",
			"Zugangs", "Bericht", "Bericht: Wegen des schlechten Zugangs seien keine Aussagen möglich"},
		{"Angaben first with a genitive and zufolge: a lower-case adjective and von",
			"Angaben des seismologischen Instituts von Athen zufolge lag das Epizentrum 92 Kilometer nordwestlich von Chania.",
			"Epizentrum", "seismologisches Institut von Athen", "Seismologisches Institut von Athen: Das Epizentrum lag 92 Kilometer"},
		{"a neuter noun in the genitive after nach",
			"Nach dem vorläufigen Endergebnis erreichte die SPD 45,6 Prozent der Stimmen.",
			"SPD", "vorläufiges Endergebnis", "Vorläufiges Endergebnis: Die SPD erreichte"},
		{"a hyphenated adjective opens the label in upper case",
			"Nach Angaben des schleswig-holsteinischen Sozialministeriums bleibt das Kraftwerk abgeschaltet.",
			"Kraftwerk", "schleswig-holsteinisches Sozialministerium", "Schleswig-holsteinisches Sozialministerium: Das Kraftwerk bleibt abgeschaltet."},
		{"a separable frame before a Konjunktiv the lexicon does not list",
			"Der Konzern teilte gestern mit, die Prüfung dauere zehn Tage.",
			"Prüfung", "Konzern", "Konzern: Die Prüfung dauere zehn Tage."},
		{"a separable frame before a clause with a frame of its own keeps the sentence",
			"Die Ministerin wies die Behauptung zurück, die Sprecherin der Fraktion erklärte: „Das ist völlig fehl am Platz.“",
			"Behauptung", "Ministerin", "Die Ministerin wies die Behauptung zurück"},
		{"a time phrase that opens a sentence is no subject to speak next",
			"Vor einigen Monaten hatte der Konzern das Werk übernommen. Der Lohn der Arbeiter liege unter dem Tarif.",
			"Lohn", "", "Unbekannt: Der Lohn der Arbeiter liege"},
		{"a quoted name after a fronted phrase stays with its noun",
			"Ein Forscherteam hat herausgefunden, dass bei der Meeresschnecke „Chelidonura hirundinina“ der Kampf der Geschlechter herrscht.",
			"Kampf", "Forscherteam", "Forscherteam: Bei der Meeresschnecke „Chelidonura hirundinina“ herrscht der Kampf der Geschlechter."},
		{"a quoted predicate stays after the verb",
			"Der Präsident sagte, dass der Antrag „keine Vorentscheidung“ sei.",
			"Antrag", "Präsident", "Präsident: Der Antrag sei „keine Vorentscheidung“."},
		{"an article and two nouns after the verb keep the sentence",
			"Laut einem Bericht des Spiegels hat der Konzern Gewinne gemacht.",
			"Gewinne", "Spiegel", "Spiegel: Laut einem Bericht des Spiegels hat der Konzern Gewinne gemacht."},
		{"a role and a known name after the verb are the subject",
			"Sprecher Jonas Brandt war vor Ort. Laut einem Bericht des Spiegels hat der Sprecher Brandt zugestimmt.",
			"zugestimmt", "Spiegel", "Spiegel: Der Sprecher Brandt hat zugestimmt."},
		{"the subject of a passive reporting verb does not speak",
			"Diese Stoffe wurden auch in der Luft festgestellt, was ein Hinweis darauf ist, dass sie noch in Gebrauch sind.",
			"Gebrauch", "", "Diese Stoffe wurden auch in der Luft festgestellt"},
		{"who is quoted in the passive speaks",
			"Der Minister wird mit den Worten zitiert, die Lage sei ernst.",
			"Lage", "Minister", "Minister: Die Lage sei ernst."},
		{"a genitive without an article stays with the subject",
			"Laut der Weltbank werden die Geldsendungen lateinamerikanischer Migranten weiter zunehmen.",
			"Geldsendungen", "Weltbank", "Weltbank: Die Geldsendungen lateinamerikanischer Migranten werden weiter zunehmen."},
		{"a source noun with von names the source after von",
			"Einer Meldung von Xinhua zufolge wurde der Unterricht wieder aufgenommen.",
			"Unterricht", "Xinhua", "Xinhua: Der Unterricht wurde wieder aufgenommen."},
		{"a dative pronoun as source keeps the sentence",
			"Ihnen zufolge hat der Kandidat die absolute Mehrheit erhalten.",
			"Mehrheit", "Ihnen", "Ihnen zufolge hat der Kandidat die absolute Mehrheit erhalten."},
		{"sprach von with a noun phrase",
			"Eine Sprecherin der Feuerwehr sprach von 40 Einsätzen, die in der Nacht gezählt wurden.",
			"40 Einsätzen", "Sprecherin der Feuerwehr", "Sprecherin der Feuerwehr (sprach von): 40 Einsätzen"},
	}
	for _, tt := range tests {
		ex := Extract(tt.text, Options{Language: "de"})
		i := slices.IndexFunc(ex.Claims, func(c Found) bool {
			return c.Kind == KindAttribution && strings.Contains(tt.text[c.Start:c.End], tt.anchor)
		})
		if i < 0 {
			t.Errorf("%s: Extract(%q): no attribution over %q; got %s", tt.name, tt.text, tt.anchor, dump(ex.Claims))
			continue
		}
		c := ex.Claims[i]
		if c.Speaker != tt.speaker {
			t.Errorf("%s: Extract(%q) speaker = %q, want %q (text %q)", tt.name, tt.text, c.Speaker, tt.speaker, c.Text)
		}
		if tt.prefix != "" && !strings.HasPrefix(c.Text, tt.prefix) {
			t.Errorf("%s: Extract(%q) text = %q, want it to start with %q", tt.name, tt.text, c.Text, tt.prefix)
		}
	}
}

// TestCarryOverStops checks that reported speech after a sentence with a
// new person or organisation as its subject is not given to the speaker
// before.
func TestCarryOverStops(t *testing.T) {
	tests := []struct {
		name, text string
		anchor     string
		notBy      string // the stale speaker the passage must not get
	}{
		{"a fact with a new subject in between",
			"Die Ministerin Anna Keller sagte, die Reform komme. Die Gewerkschaft Verdi lehnt die Reform ab. Sie sei ungerecht und treffe die Falschen.",
			"ungerecht", "Anna Keller"},
		{"a new subject two sentences back",
			"„Wir sparen nicht an Schulen“, sagte Kämmerin Anna Keller. Die Gewerkschaft Verdi lehnt den Haushalt ab. Am Montag wird im Rat abgestimmt. Der Haushalt sei ungerecht.",
			"ungerecht", "Anna Keller"},
	}
	for _, tt := range tests {
		ex := Extract(tt.text, Options{Language: "de"})
		found := false
		for _, c := range ex.Claims {
			if c.Kind != KindAttribution || !strings.Contains(tt.text[c.Start:c.End], tt.anchor) {
				continue
			}
			found = true
			if c.Speaker == tt.notBy || c.Speaker == "" {
				t.Errorf("%s: Extract(%q) speaker = %q over %q, want someone else", tt.name, tt.text, c.Speaker, tt.anchor)
			}
		}
		if !found {
			t.Errorf("%s: Extract(%q): no attribution over %q; got %s", tt.name, tt.text, tt.anchor, dump(ex.Claims))
		}
	}
}

// TestExtractPronounSpeakerText pins down the text of an attribution whose
// speaker is a pronoun standing for someone named before, when the
// statement cut from its frame would not read alone (see pronounFrame): a
// person's name takes the pronoun's place, a group's name labels the
// sentence as written, and a statement that reads alone keeps "Name: …".
func TestExtractPronounSpeakerText(t *testing.T) {
	const intro = "Der Anwalt Mathis Gerlach verteidigte am Dienstag die Reform des Mietrechts. "
	tests := []struct {
		text, anchor, speaker, want string
	}{
		{intro + "Er halte sie für vertretbar und bezeichnete die Erweiterung als „maßvoll“.",
			"maßvoll", "Mathis Gerlach",
			"Mathis Gerlach halte sie für vertretbar und bezeichnete die Erweiterung als „maßvoll“."},
		{intro + "Er kündigte an, gegen das Urteil des Landgerichts Berufung einzulegen.",
			"Berufung", "Mathis Gerlach",
			"Mathis Gerlach kündigte an, gegen das Urteil des Landgerichts Berufung einzulegen."},
		{intro + "Zudem bezeichnete er die Erweiterung als „maßvoll“.",
			"maßvoll", "Mathis Gerlach",
			"Zudem bezeichnete Mathis Gerlach die Erweiterung als „maßvoll“."},
		{intro + "Er sagte, die Mieter seien ausreichend geschützt.",
			"Mieter", "Mathis Gerlach",
			"Mathis Gerlach: Die Mieter seien ausreichend geschützt."},
		{"Die Polizei sperrte die Kreuzung am Hauptbahnhof. Sie kündigte an, die Sperrung bis Montag aufrechtzuerhalten.",
			"Sperrung", "Polizei",
			"Polizei: Sie kündigte an, die Sperrung bis Montag aufrechtzuerhalten."},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, []want{{kind: KindAttribution, anchor: tt.anchor, speaker: tt.speaker, text: tt.want}}, nil, nil)
	}
}

// TestExtractSpeakerAfterFrontedTime covers a subject after a fronted time
// phrase that the chunker does not take as a noun phrase ("Im Januar
// 2007"), also for a second verb joined by "und".
func TestExtractSpeakerAfterFrontedTime(t *testing.T) {
	tests := []struct {
		text, anchor, speaker, want string
	}{
		{"Der Architekt Paul Lenz baute das Museum. Im Januar 2007 legte er sein Amt nieder und verkündete, künftig als Berater zu arbeiten.",
			"Berater", "Paul Lenz",
			"Im Januar 2007 legte Paul Lenz sein Amt nieder und verkündete, künftig als Berater zu arbeiten."},
		{"Im März 2019 legte der Trainer Jens Kuhn sein Amt nieder und verkündete, er wolle eine Pause machen.",
			"Pause", "Jens Kuhn", ""},
	}
	for _, tt := range tests {
		w := want{kind: KindAttribution, anchor: tt.anchor, speaker: tt.speaker, text: tt.want}
		checkExtract(t, "de", tt.text, []want{w}, nil, nil)
	}
}

// TestExtractInfinitiveStatementText pins down the text of an attribution
// whose statement is an infinitive with "zu": it names no one, so the
// claim is the sentence, which names the speaker ("Der Landrat hat
// angekündigt, …"), not "Landrat: Den Antrag … einzubringen".
func TestExtractInfinitiveStatementText(t *testing.T) {
	tests := []struct {
		text, anchor, speaker, want string
	}{
		{"Der Landrat hat angekündigt, den Antrag im Kreistag einzubringen.", "Antrag", "Landrat",
			"Der Landrat hat angekündigt, den Antrag im Kreistag einzubringen."},
		{"Die Kanzlerin hat die Autohersteller aufgefordert, sich auf sparsame Modelle zu konzentrieren.", "Modelle", "Kanzlerin",
			"Die Kanzlerin hat die Autohersteller aufgefordert, sich auf sparsame Modelle zu konzentrieren."},
		// a clause with its own verb reads alone
		{"Der Minister hat erklärt, die Union brauche die Grünen um eine Mehrheit zu bilden.", "Mehrheit", "Minister",
			"Minister: Die Union brauche die Grünen um eine Mehrheit zu bilden."},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, []want{{kind: KindAttribution, anchor: tt.anchor, speaker: tt.speaker, text: tt.want}}, nil, nil)
	}
}

// TestExtractFrontedObjectBeforeName covers an object fronted before the
// verb with the person the article named right after it (see
// knownNameAfter); "Der Bericht nennt X" keeps its subject.
func TestExtractFrontedObjectBeforeName(t *testing.T) {
	const intro = "Der Kongo-Experte Peter Conze besuchte am Montag Kinshasa. "
	checkExtract(t, "de", intro+"Eine Verschiebung des Wahltermins bezeichnete Conze als „fatal“.",
		[]want{{kind: KindAttribution, anchor: "Wahltermins", speaker: "Peter Conze"}}, nil, nil)
	checkExtract(t, "de", intro+"Der Bericht nennt Conze als Zeugen, der Minister sei informiert gewesen.",
		[]want{{kind: KindAttribution, anchor: "Minister", speaker: "Bericht"}}, nil, nil)
}

// TestExtractOwnAccountSubjectAfterVerb covers "Nach eigenen Angaben"
// before the verb: the subject after the verb speaks; "Dem Vernehmen
// nach" names no one in the sentence.
func TestExtractOwnAccountSubjectAfterVerb(t *testing.T) {
	checkExtract(t, "de", "Nach eigenen Angaben hat das Unternehmen einen Werbepartner in Europa gefunden.",
		[]want{{kind: KindAttribution, anchor: "Werbepartner", speaker: "Unternehmen", cue: "Nach eigenen Angaben"}}, nil, nil)
	const hearsay = "Dem Vernehmen nach soll Gerhardt sein Amt bis zum Frühjahr behalten."
	for _, c := range Extract(hearsay, Options{Language: "de"}).Claims {
		if c.Kind == KindAttribution && c.Speaker == "Gerhardt" {
			t.Errorf("Extract(%q) speaker = %q, want not the subject", hearsay, c.Speaker)
		}
	}
}

// TestExtractAppositionAfterAuxiliary covers a subject with its name in
// apposition between the auxiliary and the participle.
func TestExtractAppositionAfterAuxiliary(t *testing.T) {
	checkExtract(t, "de", "Gestern hatte der Sprecher, Jens Kuhn, erklärt, die Brücke sei gesperrt.",
		[]want{{kind: KindAttribution, anchor: "Brücke", speaker: "Jens Kuhn", cue: "erklärt",
			text: "Jens Kuhn: Die Brücke sei gesperrt."}}, nil, nil)
}

// TestExtractNameInApposition covers a name in apposition after the
// speaker's role behind the verb: the name speaks and the frame takes in
// the name, a particle or a phrase that ends the sentence.
func TestExtractNameInApposition(t *testing.T) {
	tests := []struct {
		text, anchor, speaker, want string
	}{
		{"Am Montag sagte der Sprecher, Jens Kuhn, die Brücke sei gesperrt.", "Brücke", "Jens Kuhn",
			"Jens Kuhn (am Montag): Die Brücke sei gesperrt."},
		{"Die Wahl verlief ruhig, teilte die Vorsitzende der Wahlkommission, Eva Roth, mit.", "Wahl", "Eva Roth",
			"Eva Roth: Die Wahl verlief ruhig"},
		{"Die Mannschaft habe gut gekämpft, sagte der Trainer, Jens Kuhn, in einem Interview.", "Mannschaft", "Jens Kuhn",
			"Jens Kuhn: Die Mannschaft habe gut gekämpft"},
		// a back reference: the apposition is no clause of its own
		{"Die Fraktion will gegen das Gesetz klagen. Dies teilte der Geschäftsführer der Fraktion, Jens Nacke, mit.", "klagen", "Jens Nacke",
			"Jens Nacke: Die Fraktion will gegen das Gesetz klagen."},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, []want{{kind: KindAttribution, anchor: tt.anchor, speaker: tt.speaker, text: tt.want}}, nil, nil)
	}
}
