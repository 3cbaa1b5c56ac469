package ingest

import "testing"

func TestRenderInline(t *testing.T) {
	refs := map[string]bool{"bvg": true}
	tests := []struct{ in, want string }{
		{"**fett** und *kursiv* und ***beides***", "fett und kursiv und beides"},
		{"__fett__ und _kursiv_", "fett und kursiv"},
		{"snake_case_name bleibt", "snake_case_name bleibt"},
		{"Bürger*innen und Lehrer*innen", "Bürger*innen und Lehrer*innen"},
		{"Mül**ler**", "Müller"},
		{"3 * 4 = 12", "3 * 4 = 12"},
		{"5* Hotel", "5* Hotel"},
		{"*offen ohne Ende", "*offen ohne Ende"},
		{"~~alt~~ neu", "alt neu"},
		{"~ungefähr~ 5", "~ungefähr~ 5"},
		{`\*kein\* Stern \_ \\`, `*kein* Stern _ \`},
		{"[Müller](https://example.org/m \"Profil\") sagte", "Müller sagte"},
		{"[**fett** im Link](u)", "fett im Link"},
		{"laut [BVG][bvg] und [BVG][] und [bvg]", "laut BVG und BVG und bvg"},
		{"[sic] und [1]", "[sic] und [1]"},
		{"Bild ![Alt](a.png) weg", "Bild  weg"},
		{"Ausruf! [x](y)", "Ausruf! x"},
		{"Link [a](b(c)d) Ende", "Link a Ende"},
		{"`code *nicht* weg` und `` a`b ``", "code *nicht* weg und a`b"},
		{"offener `Backtick", "offener `Backtick"},
		{"<https://bvg.example/f12> und <info@bvg.example>", "https://bvg.example/f12 und info@bvg.example"},
		{"a <br/> b <span class=\"x\">c</span> 1 < 2", "a  b c 1 < 2"},
		{"&amp; &uuml; &#8222;x&#x201C; &nicht", "& ü „x“ &nicht"},
		{"[unclosed](", "[unclosed]("},
	}
	for _, tt := range tests {
		if got := renderInline(tt.in, refs); got != tt.want {
			t.Errorf("renderInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadMarkdownBlocks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zeile eins\nZeile zwei\n\nAbsatz", "Zeile eins Zeile zwei\n\nAbsatz"},
		{"# Titel #\n## Unter\nText", "Titel\nUnter\nText"},
		{"- eins\n- zwei\n  weiter\n* drei", "eins\nzwei weiter\ndrei"},
		{"- [x] erledigt\n- [ ] offen", "erledigt\noffen"},
		{"1. eins\n2) zwei", "1. eins\n2) zwei"},
		{"> Zitat\n> weiter\n>> tief", "Zitat weiter tief"},
		{"Text\n\n***\n\nText", "Text\n\nText"},
		{"```go\nx := *p\n\n  y\n```\nDanach", "x := *p\n\n  y\nDanach"},
		{"~~~\ncode\n~~~", "code"},
		{"| a | b |\n|---|:-:|\n| **1** | 2 |", "a\tb\n1\t2"},
		{"Text <!-- Kommentar\nüber Zeilen --> weiter", "Text weiter"},
		{"Titel\n---\nText", "Titel\nText"},
		{"Zeile mit Umbruch\\\nweiter", "Zeile mit Umbruch weiter"},
		{"[ref]: https://x.example\nText [ref]", "Text ref"},
	}
	for _, tt := range tests {
		doc, err := Read("t.md", []byte(tt.in))
		if err != nil || doc.Text != tt.want {
			t.Errorf("Read(t.md, %q).Text = %q, %v, want %q", tt.in, doc.Text, err, tt.want)
		}
	}
}

func TestPublishedDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-12", "2024-03-12"},
		{"2024-03-12T23:40:00+01:00", "2024-03-12"},
		{" 2024-03-12 10:00 ", "2024-03-12"},
		{"12.03.2024", "2024-03-12"},
		{"2.3.2024", "2024-03-02"},
		{"March 12, 2024", "2024-03-12"},
		{"12 March 2024", "2024-03-12"},
		{"Tue, 12 Mar 2024 10:00:00 +0100", "2024-03-12"},
		{"2024-02-30", ""},
		{"gestern", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := publishedDate(tt.in); got != tt.want {
			t.Errorf("publishedDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLanguageCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"de", "de"}, {"de-DE", "de"}, {"en_GB", "en"}, {"EN", "en"}, {" de-AT ", "de"},
		{"gsw", "gsw"}, {"", ""}, {"deutsch", ""}, {"d", ""}, {"1e", ""},
	}
	for _, tt := range tests {
		if got := languageCode(tt.in); got != tt.want {
			t.Errorf("languageCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsHeadline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Brücke gesperrt", true},
		{"Wer zahlt?", true},
		{"„Nicht mehr sicher“", true},
		{"Die Brücke ist gesperrt.", false},
		{"Berlin:", false},
		{"", false},
		{string(make([]rune, 151)), false},
	}
	for _, tt := range tests {
		if got := isHeadline(tt.in); got != tt.want {
			t.Errorf("isHeadline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
