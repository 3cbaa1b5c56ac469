package claims

import (
	"slices"
	"testing"
)

// TestAgeReferent checks that "der/die N-Jährige" refers to the person the
// article gave age N, or else to the latest speaker, and that nobody gets a
// second, different age.
func TestAgeReferent(t *testing.T) {
	tests := []struct {
		name, text string
		ages       []string // the texts of all age claims, in order
		speaker    string   // the speaker of the attribution that holds anchor
		anchor     string
	}{
		{"age repeats the first of two people",
			"Die Bürgermeisterin Anna Keller (58) und Stadtrat Jonas Brandt (46) stellten den Haushalt vor. „Wir sparen nicht an Schulen“, sagte Keller. Die 58-Jährige kündigte an, im Herbst neue Kitas zu eröffnen.",
			[]string{"Anna Keller ist 58 Jahre alt.", "Jonas Brandt ist 46 Jahre alt."},
			"Anna Keller", "neue Kitas"},
		{"age repeats the second of two people",
			"Die Richterin Eva Roth (51) und der Anwalt Martin Vogel (39) trafen sich im Saal. Der 39-Jährige sagte, sein Mandant sei unschuldig.",
			[]string{"Eva Roth ist 51 Jahre alt.", "Martin Vogel ist 39 Jahre alt."},
			"Martin Vogel", "unschuldig"},
		{"new age goes to the latest speaker",
			"Trainer Peter Lang lobte die Mannschaft. Auch Kapitän Tobias Hahn war zufrieden. „Wir haben gut verteidigt“, sagte Lang. Der 61-Jährige erklärte, er bleibe noch ein Jahr.",
			[]string{"Peter Lang ist 61 Jahre alt."},
			"Peter Lang", "noch ein Jahr"},
		{"new age skips someone with another age",
			"Die Polizei nahm Jonas Weber (23) fest. Später meldete sich Lisa Sommer. Die 31-Jährige sagte, sie habe alles gesehen.",
			[]string{"Jonas Weber ist 23 Jahre alt.", "Lisa Sommer ist 31 Jahre alt."},
			"Lisa Sommer", "alles gesehen"},
		{"a different age is never attached",
			"Der Schauspieler Karl Winter (70) kam nach Berlin. Der 45-Jährige sagte, er freue sich.",
			[]string{"Karl Winter ist 70 Jahre alt."},
			"45-Jährige", "freue sich"},
	}
	for _, tt := range tests {
		ex := Extract(tt.text, Options{Language: "de"})
		var ages []string
		for _, c := range ex.Claims {
			if c.Kind == KindAge {
				ages = append(ages, c.Text)
			}
		}
		if !slices.Equal(ages, tt.ages) {
			t.Errorf("%s: Extract(%q) ages = %q, want %q", tt.name, tt.text, ages, tt.ages)
		}
		if tt.anchor == "" {
			continue
		}
		w := want{kind: KindAttribution, anchor: tt.anchor, speaker: tt.speaker}
		if !slices.ContainsFunc(ex.Claims, func(c Found) bool { return w.match(tt.text, c) }) {
			t.Errorf("%s: Extract(%q): no attribution by %q over %q; got %s", tt.name, tt.text, tt.speaker, tt.anchor, dump(ex.Claims))
		}
	}
}

// TestSourceFrameCut checks that a statement whose source phrase was cut
// from its front reads as a sentence, that the source is named in the
// nominative and that a trade fact in it is a claim of its own.
func TestSourceFrameCut(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Nach Angaben der Stadtwerke wurden im vergangenen Jahr 12 Millionen Kubikmeter Wasser verkauft.",
			[]want{{kind: KindAttribution, anchor: "Wasser", speaker: "Stadtwerke",
				text: "Stadtwerke: Im vergangenen Jahr wurden 12 Millionen Kubikmeter Wasser verkauft."}}},
		{"Dem Verein zufolge sind dort zuletzt 17 Störche gezählt worden.",
			[]want{{kind: KindAttribution, anchor: "Störche", speaker: "Verein",
				text: "Verein: Dort sind zuletzt 17 Störche gezählt worden."}}},
		{"Nach Angaben der Zeitung belaufen sich die Kosten auf 40 Millionen Euro.",
			[]want{{kind: KindAttribution, anchor: "Kosten", speaker: "Zeitung",
				text: "Zeitung: Die Kosten belaufen sich auf 40 Millionen Euro."}}},
		{"Laut Statistischem Bundesamt stiegen die Preise im Mai um 2,1 Prozent.",
			[]want{{kind: KindAttribution, anchor: "Preise", speaker: "Statistisches Bundesamt", cue: "Laut"}}},
		{"Laut Bayerischem Rundfunk wurde die Sendung abgesetzt.",
			[]want{{kind: KindAttribution, anchor: "Sendung", speaker: "Bayerischer Rundfunk"}}},
		{"Nach Angaben der Deutschen Bahn fallen am Montag viele Züge aus.",
			[]want{{kind: KindAttribution, anchor: "Züge", speaker: "Deutsche Bahn"}}},
		{"Nach Angaben des Auswärtigen Amtes sind zwei Deutsche verletzt worden.",
			[]want{{kind: KindAttribution, anchor: "verletzt", speaker: "Auswärtiges Amt"}}},
		{"Laut Statistischem Landesamt stiegen die Exporte Sachsens nach Polen 2024 auf 9,3 Milliarden Euro.",
			[]want{
				{kind: KindAttribution, anchor: "Exporte", speaker: "Statistisches Landesamt"},
				{kind: KindTrade, anchor: "Exporte", partner: "Polen", measure: "Exporte", value: 9.3e9, unit: "Euro"},
			}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
}

// TestSpeakerRules checks who speaks in frames that name the speaker in
// less common places.
func TestSpeakerRules(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Am Abend meldete sich die Präsidentin zu Wort. Hier sparte die Präsidentin Maria Lenz nicht mit Kritik: „Wer spart, verliert am Ende alles.“",
			[]want{{kind: KindAttribution, anchor: "Wer spart", speaker: "Maria Lenz", direct: yes}}},
		{"Das Fazit von Sandra Vogt nach drei Jahren fällt deutlich aus: „Die Schule hat sich bewährt und wird bleiben.“",
			[]want{{kind: KindAttribution, anchor: "Die Schule", speaker: "Sandra Vogt"}}},
		{"Laut ndr.de blieben einige Demonstranten noch bis zum Abend auf dem Platz.",
			[]want{{kind: KindAttribution, anchor: "Demonstranten", speaker: "ndr.de", cue: "Laut"}}},
		{"Der frühere Senator Klaus Brandt (SPD), warnte die Partei vor einem „populistischen Wahlkampf“.",
			[]want{{kind: KindAttribution, anchor: "Wahlkampf", speaker: "Klaus Brandt"}}},
		{"Sinngemäß hofft Musk also, dass der nächste Start noch in diesem Jahr erfolgt.",
			[]want{{kind: KindAttribution, anchor: "nächste Start", speaker: "Musk"}}},
		{"„Er war der kreative Kopf der Band und bleibt es“, schrieb „Die Zeit“ in einem Nachruf.",
			[]want{{kind: KindAttribution, anchor: "kreative Kopf", speaker: "Die Zeit", direct: yes,
				text: "Die Zeit: „Er war der kreative Kopf der Band und bleibt es“"}}},
		{"Während Bürgermeister Jan Olsen ankündigte, die Brücke zu sanieren, schwieg der Rat.",
			[]want{{kind: KindAttribution, anchor: "Brücke", speaker: "Jan Olsen"}}},
		{"Die Luftfahrtbehörde erhob schwere Vorwürfe gegen die Crew. Auch sei die Dokumentation nicht ordnungsgemäß erfolgt.",
			[]want{{kind: KindAttribution, anchor: "Dokumentation", speaker: "Luftfahrtbehörde", direct: no}}},
		{"Nach Angaben des Magazins „Der Spiegel“ sei die Lage in der Partei angespannt.",
			[]want{{kind: KindAttribution, anchor: "Lage", speaker: "Der Spiegel", cue: "Nach Angaben"}}},
		{"Anschließend sei laut el-Baradei die Anlage versiegelt worden.",
			[]want{{kind: KindAttribution, anchor: "versiegelt", speaker: "el-Baradei"}}},
	}
	for _, tt := range tests {
		checkExtract(t, "de", tt.text, tt.wants, nil, nil)
	}
}
