package claims

import "strings"

// german is the German lexicon. The reporting verbs follow the cues that
// mark quotations most often in annotated German news
// (wikinews_de_cue_counts.tsv in the corpus): nach, sagte, laut, so,
// erklärte, zufolge, teilte mit, heißt es, berichtete, ...
var german = (&lexicon{
	determiners: words(`der die das des dem den ein eine einer eines einem einen
		sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren
		beiden beide dieser diese dieses diesem diesen jener jene unser unsere
		mehrere viele einige zwei drei vier fünf zahlreiche alle`),
	prepositions: words(`in im ins am an auf aus bei beim mit nach seit von vom vor zu zum zur
		für gegen ohne um über unter während wegen trotz laut gemäß zwischen durch bis ab
		hinter neben innerhalb außerhalb angesichts anlässlich infolge statt dank per pro
		gegenüber seitens bezüglich hinsichtlich aufgrund mittels binnen jenseits`),
	pronouns: words(`er sie es wir man ich du ihr`),
	adverbs: words(`auch außerdem zudem jedoch aber dann nun bereits erneut heute gestern
		zuletzt ebenfalls allerdings dagegen damals stets noch schon später zuvor
		weiter weiterhin ausdrücklich offenbar offen abschließend zufolge dazu darüber
		demnach indes unterdessen inzwischen wiederholt jetzt nochmals sogar bisher
		dies damit daher deshalb dabei hier dort so ebenso zunächst schließlich
		bislang doch denn nachdem zwar selbst selber gleichzeitig gestern vorgestern
		weiteren besorgt erfreut enttäuscht zufrieden optimistisch skeptisch kritisch
		zuversichtlich erleichtert überrascht empört offiziell lediglich erstmals
		angeblich vermutlich möglicherweise offenbar inzwischen
		morgens abends abend morgen mittag nachmittag vormittag montag dienstag mittwoch
		donnerstag freitag samstag sonntag wochenende insgesamt dennoch trotzdem
		allein ferner jedenfalls immerhin übrigens anschließend daraufhin seinerzeit
		ursprünglich kürzlich jüngst mittlerweile ebenfalls außerdem zugleich überdies
		folglich somit demzufolge nämlich vielmehr ohnehin gleichwohl hingegen
		allerdings dementsprechend gegenwärtig derzeit nun hierzu hierbei hierfür
		hingegen darauf daraufhin danach davor zuvor seither seitdem erneut abermals
		jedoch indessen infolgedessen ebenso gleichermaßen wiederum schlussendlich
		letztlich letztendlich zuletzt insbesondere vor allem daran darin davon darauf
		daraus dafür darunter dadurch weder`),
	conjunctions: words(`dass daß weil ob wenn als obwohl damit nachdem bevor sodass während
		wie wonach da falls sofern`),
	relatives: words(`der die das dem den denen dessen deren welche welcher welches`),
	subjunctive: words(`sei seien seiest habe hätte hätten hättet müsse müssten könne
		werde wolle solle dürfe gebe liege stehe gehe komme bleibe wisse lasse brauche
		handle handele gelte fehle sehe halte plane arbeite trage führe lebe zeige mache
		bestehe verfüge betrage setze wäre wären würden möge habe lägen gäbe gingen
		kämen bestünden sollten müssten dürften wollten könnten würde
		bedeute gehöre basiere befänden`),
	cues:        germanCues(),
	sources:     words(`laut gemäß`),
	postSources: words(`zufolge`),
	finite: words(`ist sind war waren wird werden wurde wurden hat haben hatte hatten
		kann können konnte konnten muss müssen musste mussten soll sollen sollte
		will wollen wollte gibt gab geht ging kommt kam steht stand liegt lag bleibt
		blieb führt führte führten macht machte zeigt zeigte sieht sah setzt
		dauerte fand findet stieg sank fiel hält hielt trifft traf bringt brachte`),
	// groups that speak as one: "Insgesamt spricht die Polizei von …"
	groups: words(`polizei feuerwehr regierung bundesregierung staatsanwaltschaft behörde
		behörden ministerium verband gewerkschaft konzern partei fraktion opposition
		verwaltung stadtverwaltung kommission armee militär veranstalter organisatoren
		ermittler rettungskräfte einsatzkräfte sanitäter ärzte experten forscher
		wissenschaftler augenzeugen zeugen anwohner demonstranten sprecher sprecherin`),
	numberWords: map[string]float64{
		"ein": 1, "eine": 1, "einen": 1, "einer": 1, "einem": 1, "eines": 1,
		"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
		"neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30,
		"hundert": 100, "tausend": 1000, "halbe": 0.5, "halben": 0.5, "anderthalb": 1.5,
		"dutzend": 12, "dutzende": 12,
	},
	units: words(`prozent prozentpunkte euro dollar us-dollar cent franken pfund yuan rubel
		stunde stunden minute minuten sekunde sekunden tag tage tagen woche wochen monat monate
		monaten jahr jahre jahren jahrzehnt jahrzehnte jahrhundert
		menschen personen tote toten verletzte verletzten einwohner mitarbeiter beschäftigte
		stimmen sitze mandate kilometer meter zentimeter kilogramm kilo tonnen liter grad
		millionen million milliarden milliarde billionen prozentpunkt
		fälle soldaten kinder schüler studenten häuser wohnungen flüge passagiere punkte tore`),
	opinion: newPrefixList("ich finde", "ich glaube", "ich denke", "meiner meinung nach", "meines erachtens", "mir scheint", "hoffentlich", "zum glück"),
	months: map[string]int{
		"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
		"juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
	},
}).build()

// germanCues builds the forms of German reporting verbs. Weak verbs are
// given by stem and conjugated; strong and mixed verbs list their forms. A
// "particle/" prefix marks a separable verb whose particle must follow.
func germanCues() map[string]cueVerb {
	m := make(map[string]cueVerb)
	weak := `sag erklär beton bestätig bericht kritisier behaupt versicher meld mein
		warn forder äußer bekräftig verkünd ergänz erläuter schilder beklag bedauer
		lob kommentier argumentier appellier antwort entgegn frag mahn zitier bezeichn
		konter leugn erinner beteuer dementier präzisier informier twitter resümier
		ankündig mitteil hinzufüg feststell anpranger klarstell einräum verlang
		bezweifel vermeld prognostizier beschuldig bezichtig begrüß bemängel beanstand
		unterstell begründ rechtfertig garantier vernein bejah plädier signalisier
		klag zusicher zusag bekräftig kontert bilanzier spekulier vorhersag konstatier
		bekund verlautbar mutmaß wettert würdig verurteil aufforder`
	for _, stem := range strings.Fields(weak) {
		addWeak(m, stem, false)
	}
	for _, stem := range strings.Fields(`hoff glaub befürcht vermut schätz erwart fürcht mein`) {
		addWeak(m, stem, true)
	}
	strong := `schrieb schrieben schreibt schreiben geschrieben sprach sprachen spricht
		gesprochen rief riefen verwies verwiesen unterstrich unterstrichen bestritt
		bestritten versprach versprachen verspricht versprochen empfahl nannte nannten
		nennt genannt verriet verrieten verraten hieß heißt lautete
		verlautete beschrieb beschrieben gestand gestanden widersprach widersprachen
		riet rieten bat baten bestreitet bestreiten zurückgewiesen vorgeworfen hingewiesen
		vorgeschlagen aufgerufen angegeben bekanntgegeben herausgefunden ergab ergaben ergibt
		beschloss beschlossen beschließt entschied entschieden entscheidet gebeten`
	// verbs that report a view only in a fixed frame, which verbCue
	// checks (see viewFrame): "hält es für möglich, dass …", "zeigte sich
	// besorgt, dass …"
	for _, f := range strings.Fields(`hält hielt halten hielten zeigte zeigten zeigt`) {
		m[f] = cueVerb{}
	}
	participles := words(`versprochen verraten vorgeworfen hingewiesen vorgeschlagen aufgerufen angegeben
		bekanntgegeben herausgefunden beschlossen entschieden gebeten`)
	for _, f := range strings.Fields(strong) {
		m[f] = cueVerb{participle: strings.HasPrefix(f, "ge") || participles.has(f)}
	}
	separable := `mit:teilte,teilten,teilt,teilen an:kündigte,kündigten,kündigt,prangerte,prangerten,prangert,gab,gaben,gibt,geben,deutete
		bekannt:gab,gaben,gibt,geben,machte hinzu:fügte,fügten,fügt fest:stellte,stellten,stellt
		ein:räumte,räumten,räumt vor:warf,warfen,wirft,werfen,schlug,schlugen,schlägt hin:wies,wiesen,weist
		klar:stellte,machte zurück:wies,wiesen,weist aus:führte,führten,führt,sagte,sprach,sprachen,spricht
		zu:gab,gaben,gibt,sicherte,sagte hervor:hob,hoben,hebt auf:rief,riefen,ruft,forderte
		aus:ging,gingen,geht,gehen hervor:geht,ging,gingen,gehen heraus:fand,fanden,findet,finden`
	for _, group := range strings.Fields(separable) {
		part, forms, _ := strings.Cut(group, ":")
		for _, f := range strings.Split(forms, ",") {
			switch v, ok := m[f]; {
			case !ok:
				m[f] = cueVerb{particle: part, thought: part == "aus" && strings.HasPrefix(f, "g")}
			case v.particle != "":
				v.particle += "|" + part
				m[f] = v
			}
			// verb-final in a subordinate clause: "wie ein Sprecher mitteilte"
			if _, ok := m[part+f]; !ok {
				m[part+f] = cueVerb{}
			}
		}
	}
	return m
}

// addWeak adds the present, past and participle forms of a weak verb stem.
// Stems that carry a separable prefix ("mitteil") get the participle with
// "ge" inside ("mitgeteilt") and their finite forms come from the separable
// list instead.
func addWeak(m map[string]cueVerb, stem string, thought bool) {
	for _, p := range []string{"an", "mit", "hinzu", "fest", "klar", "ein", "vor", "auf", "zu"} {
		if rest, ok := strings.CutPrefix(stem, p); ok && len(rest) > 3 {
			m[p+"ge"+rest+"t"] = cueVerb{participle: true}
			return
		}
	}
	e := ""
	if strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "d") || needsE(stem) {
		e = "e"
	}
	plural := stem + "en" // "sagen", "erklären"; "fordern", "bezweifeln"
	if strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "el") {
		plural = stem + "n"
	}
	for _, f := range []string{stem + e + "t", stem + e + "te", stem + e + "ten", plural} {
		if _, ok := m[f]; !ok {
			m[f] = cueVerb{thought: thought}
		}
	}
	part := "ge" + stem + e + "t"
	if strings.HasSuffix(stem, "ier") || hasInseparablePrefix(stem) {
		part = stem + e + "t"
	}
	if _, ok := m[part]; !ok {
		m[part] = cueVerb{participle: true, thought: thought}
	}
}

// needsE reports a stem ending in a consonant and n or m, which takes an
// extra e: "bezeichn-e-te", "entgegn-e-te"; but "warn-te", "mein-te".
func needsE(stem string) bool {
	n := len(stem)
	if n < 3 || stem[n-1] != 'n' && stem[n-1] != 'm' {
		return false
	}
	return !strings.ContainsRune("aeiouylrh", rune(stem[n-2])) || stem[n-2] == 'h' && stem[n-3] == 'c'
}

func hasInseparablePrefix(stem string) bool {
	for _, p := range []string{"be", "er", "ver", "ent", "zer", "emp", "miss"} {
		if strings.HasPrefix(stem, p) {
			return true
		}
	}
	return false
}
