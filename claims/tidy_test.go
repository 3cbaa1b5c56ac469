package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// tidyCases are pasted texts with debris, German and English, written for
// these tests; warn is a substring of the joined warnings.
var tidyCases = []struct {
	name, in, want, warn string
}{
	{"inline tags", "Die <em>Regierung</em> hat <b>entschieden</b>.", "Die Regierung hat entschieden.", "removed 4 HTML tags"},
	{"tags in a word", "Der Bundes<i>tag</i> tagt.", "Der Bundestag tagt.", "removed 2 HTML tags"},
	{"block tags leave a space", "<p>Erster Satz.</p><p>Zweiter Satz.</p>", "Erster Satz. Zweiter Satz.", "removed 4 HTML tags"},
	{"br", "Brücke gesperrt<br>Die Sanierung dauert.", "Brücke gesperrt Die Sanierung dauert.", "removed 1 HTML tag"},
	{"attributes and tag-only lines", "<h2 class=\"titel\">Brücke gesperrt</h2>\n<div class='box'><p>\nDie Brücke ist zu.</p>\n<img src=\"/bild.jpg\" alt=\"\" />",
		"Brücke gesperrt\nDie Brücke ist zu.", "removed 6 HTML tags"},
	{"unknown element with attribute", `<bpt i="0" type="bold">Hinweis</bpt> folgt`, "Hinweis folgt", "removed 2 HTML tags"},
	{"upper-case tags", "Das <B>Urteil</B> fiel.", "Das Urteil fiel.", "removed 2 HTML tags"},
	{"escaped tags", "Das ist &lt;b&gt;fett&lt;/b&gt; gedruckt.", "Das ist fett gedruckt.", "removed 2 escaped HTML tags"},
	{"tags and escaped tags", `<bpt i="0">&lt;b&gt;</bpt>J1.txt<ept i="1">&lt;/b&gt;</ept>`, "J1.txt", "removed 2 escaped"},
	{"dot leader between words", "Remove long strings of dots........please.", "Remove long strings of dots please.", `replaced 1 dot leader`},
	{"dot leaders in a table of contents", "Einleitung ........ 3\nKapitel 1.........12", "Einleitung 3\nKapitel 1 12", "replaced 2 dot leaders"},
	{"escape codes", `Hallo Welt. \r\n Hallo.`, "Hallo Welt.\nHallo.", `turned 1 literal line-break code`},
	{"escape codes glued to a capital", `Erster Satz. \nZweiter Satz. \n\nDritter.`, "Erster Satz.\nZweiter Satz.\n\nDritter.", "turned 3"},
	{"escape code at line end", `Ende der Meldung. \n`, "Ende der Meldung.", "turned 1"},
	{"separator runs at line ends", "===== Sport =====\n////////Kopfzeile\n-----Anzeige-----", "Sport\nKopfzeile\nAnzeige", "removed 5 runs of separator characters"},
	{"separator lines", "Titel\n==========\nText.\n\n/////////////", "Titel\nText.", `removed 2 separator lines`},
	{"separator paragraph", "WARNUNG\n\n/\n\nHINWEIS", "WARNUNG\n\nHINWEIS", "removed 1 separator line"},
	{"scene break", "Ende der Szene.\n\n* * *\n\nNeue Szene.", "Ende der Szene.\n\nNeue Szene.", "removed 1 separator line"},
	{"tex quotes", "Er fragte: `So what?' und ging.", "Er fragte: 'So what?' und ging.", "changed 1 `quote'"},
	{"tex double quotes", "``Nie wieder,'' sagte sie.", "\"Nie wieder,\" sagte sie.", "changed 1"},
	{"page number at the start", "3\n\nEinleitung", "Einleitung", "removed 1 page number"},
	{"page number between paragraphs", "Ende des Kapitels.\n\n- 12 -\n\nNächstes Kapitel.", "Ende des Kapitels.\n\nNächstes Kapitel.", "removed 1 page number"},
	{"lone period", "Preise auf Anfrage\n.\n\n\nKontakt", "Preise auf Anfrage.\n\n\nKontakt", "moved 1 period"},
	{"period starting a line", "contact us for pricing\n. Pricing Info", "contact us for pricing.\nPricing Info", "moved 1 period"},
	{"letters one per line", "W\nA\nRN\nI\nNG", "WARNING", "joined 5 lines of letters"},
	{"german letters one per line", "Ü\nB\nE\nR\nS\nI\nC\nH\nT\n\nDer Text.", "ÜBERSICHT\n\nDer Text.", "joined 9 lines"},
	{"letters around a separator", "A\nB\n==========\nC", "ABC", "joined 3 lines"},
	{"everything at once", "<p>Die Brücke ist zu.</p>\n\n7\n\nK\nO\nN\nT\nA\nK\nT\n=====\nSeite........7",
		"Die Brücke ist zu.\n\nKONTAKT\nSeite 7", "removed 1 separator line (\"=====\", \"/\"); removed 1 page number"},
}

// untouched are texts Tidy must leave alone: prose that looks a little like
// debris.
var untouched = []string{
	"Müller sagte am Dienstag, die Brücke sei marode.",
	"Wenn x < y und a > b, gilt die Regel.",
	"Zeigt a <b and c> d die Grenze?",
	"Temperaturen <5 Grad, Wind >30 km/h.",
	"Schreiben Sie an <presse@example.de> oder <https://example.de/kontakt>.",
	"Sehr geehrte <Name>, vielen Dank.",
	"Ich wollte das nicht.... Sie ging.",
	"Ich wartete.... 5 Minuten später kam er.",
	"Er zögerte... Dann sprach er. Es war … still.",
	"If words are left off, use a period . . . . Next sentence.",
	"self-interpreting compounds.\n. . . The practice was not abandoned.",
	"Wir nutzen\n.NET seit Jahren.",
	"Die Forderungen:\na\nb",
	"Die Länder:\nDE\nFR\nIT",
	"Die Antworten A\nB\nC stehen unten.",
	"Rückblick\n\n2024\n\nDas Jahr begann ruhig.",
	"Die Tabelle:\n12\n13\n14",
	"- Punkt eins\n- Punkt zwei\n-- Gedankenstrich",
	"Der Spieler F***** wurde gesperrt, das Hotel hat *****",
	"Die Datei liegt unter C:\\neu\\bericht.txt, der Pfad \\news ist alt.",
	"So geht`s nicht, sagt er, und `code` bleibt.",
	"Berlin (dpa) - Die Regierung hat 12 Prozent mehr ausgegeben.",
	"https://example.com/a//b und und/oder",
	"Ergebnis: 3:1 -- ein Sieg.",
	"Inhalt\n\n  Eingerückt bleibt eingerückt.",
	"Müller & Co. und AT&T, &amp; bleibt &amp;.",
}

func TestTidy(t *testing.T) {
	for _, tt := range tidyCases {
		t.Run(tt.name, func(t *testing.T) {
			got, warnings := Tidy(tt.in)
			if got != tt.want {
				t.Errorf("Tidy(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if joined := strings.Join(warnings, "; "); !strings.Contains(joined, tt.warn) {
				t.Errorf("Tidy(%q) warnings = %q, want one containing %q", tt.in, warnings, tt.warn)
			}
			checkTidy(t, tt.in, got)
		})
	}
}

func TestTidyLeavesProseAlone(t *testing.T) {
	for _, in := range untouched {
		got, warnings := Tidy(in)
		if got != in || warnings != nil {
			t.Errorf("Tidy(%q) = %q, %q; want it unchanged, no warnings", in, got, warnings)
		}
		if unsafe.StringData(got) != unsafe.StringData(in) {
			t.Errorf("Tidy(%q) returned a copy, want the input itself", in)
		}
	}
}

// TestTidyLeavesArticlesAlone tidies real and written German news texts:
// the shared corpus's sample article (its gold spans must stay valid), the
// quotation corpus and the benchmark fixture. None holds debris.
func TestTidyLeavesArticlesAlone(t *testing.T) {
	texts := map[string]string{}
	for _, name := range []string{
		filepath.Join("testdata", "bench.de.txt"),
		filepath.Join(corpusDir, "articles", "putin-xi-call.de.txt"),
		filepath.Join(corpusDir, "quotes", "textacy_en.jsonl"),
	} {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Logf("skipped %s: %v", name, err)
			continue
		}
		text, _, err := Normalize(raw)
		if err != nil {
			t.Fatalf("Normalize(%s): %v", name, err)
		}
		texts[name] = text
	}
	for name, text := range texts {
		if got, warnings := Tidy(text); got != text {
			t.Errorf("Tidy(%s) changed the text: %q", name, warnings)
		}
	}
}

// TestTidyKeepsSomeText checks that a text that is nothing but debris comes
// back unchanged rather than empty, and one that would start like a PDF
// file, both of which Normalize would refuse.
func TestTidyKeepsSomeText(t *testing.T) {
	for _, in := range []string{"<p></p>", "3", "==========", "<br>\n\n- 4 -", "<b>%PDF-1.7</b> ist ein Dateiformat."} {
		if got, warnings := Tidy(in); got != in || warnings != nil {
			t.Errorf("Tidy(%q) = %q, %q; want it unchanged", in, got, warnings)
		}
	}
}

// TestTidyIdempotentJoins feeds texts where removing one piece of debris
// puts the text around it together into another: the result must be final.
func TestTidyIdempotentJoins(t *testing.T) {
	for _, in := range []string{
		"<<b></b>i>kursiv</i>",
		"&l<b></b>t;b&gt;fett",
		"dots....<i></i>....please",
		"<b........class='x'>Text",
		"<y \\nFoo <b>fett</b>",
		"x \\n/////Kopf",
		"///// \\nHallo",
		"A\nB\nCD\nEF\n.",
		"``a ``b'' c''",
		"Seite\n. ///// Kopf",
		"e<b></b>\u0301 und E<i></i>\u0301\nX\nY",
	} {
		once, _ := Tidy(in)
		checkTidy(t, in, once)
	}
}

// debrisTokens are the pieces TestTidyMixtures builds texts from: debris,
// parts of debris, and the words and marks around it.
var debrisTokens = []string{
	"<b>", "</b>", "<i>", "<p>", "</p>", "<br>", "<em>", "</em>", `<h2 class="a">`, "<a ", "x=1", "/>",
	" class='x'", "<", ">", "&lt;", "&gt;", "&lt;/", "&lt;b&gt;", "&", "l", "t;", "b", "i",
	"....", "...", "…", ".", ". ", "x.....y", " ........ 3", ".NET",
	" ", " ", "\t", "\n", "\n", "\n\n", `\n`, `\r`, " \\n ", "\\",
	"/////", "/", "=", "-", "-----", "#####", "*", "Hotel *****", "- ",
	"`", "'", "''", "``", "`So'", "``Ja''", "'s", "Leute' ", "(",
	"A", "W", "RN", "E", "e", "é", "\u0301", "Ü", "x", "Wort", "3", "12",
	"\n3\n", "\nA\n", "\nB\n", "\n.\n", "\n. X", "\n* * *\n", "\n- 12 -\n", "\nW\nA\nRN\n", "\n\n/\n\n", "\n=====\n",
}

// TestTidyMixtures checks checkTidy's properties on texts strung together
// from debrisTokens, where one piece of debris often sits inside another:
// the fuzz test's seeds run in every test run, this finds the mixtures
// that the fuzzer would take hours to build.
func TestTidyMixtures(t *testing.T) {
	n := 50000
	if testing.Short() {
		n = 5000
	}
	for _, text := range randomTexts(1, n, 1, 30, debrisTokens) {
		tidyNormalized(t, text)
		if t.Failed() {
			return
		}
	}
}

// checkTidy asserts what every result of Tidy satisfies: Tidy changes it no
// further, Normalize leaves it as it is, and it is no longer than in.
func checkTidy(t *testing.T, in, got string) {
	t.Helper()
	if again, warnings := Tidy(got); again != got || warnings != nil {
		t.Errorf("Tidy(Tidy(%q)) = %q, %q; want %q unchanged", in, again, warnings, got)
	}
	if norm, _, err := Normalize([]byte(got)); err != nil || norm != got {
		t.Errorf("Normalize(Tidy(%q)) = %q, %v; want %q unchanged", in, norm, err, got)
	}
	if len(got) > len(in) {
		t.Errorf("Tidy(%q) = %q, longer than its input", in, got)
	}
}

// TestTidyLinear runs Tidy on 4 MB of inputs that would make a careless
// implementation quadratic: tags and quotes that never close, backslashes,
// dots, separators and one-letter lines everywhere.
func TestTidyLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("4 MB inputs")
	}
	for _, unit := range []string{
		`<a x="1" `, "<<b>", "&lt;", "`a ", "``a ", "a....", ". . ", `a \n`, `\n\r `,
		"/////", "-----\n", "A\n", ".\n", "x <y ", "3\n\n", "W\nA\n.\n",
	} {
		text := strings.Repeat(unit, 4<<20/len(unit))
		start := time.Now()
		got, _ := Tidy(text)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("Tidy(4 MB of %q) took %v", unit, d)
		}
		if len(got) > len(text) {
			t.Errorf("Tidy(4 MB of %q) grew the text", unit)
		}
	}
}

func FuzzTidy(f *testing.F) {
	for _, tt := range tidyCases {
		f.Add(tt.in)
	}
	for _, in := range untouched {
		f.Add(in)
	}
	f.Add("<<b></b>i>\n&l<i></i>t;b&gt;\n<p>3</p>\n\n`a' ``b''\nW\nA\nRN\n.")
	f.Fuzz(tidyNormalized)
}

// tidyNormalized tidies raw as import does, after Normalize, and checks the
// result: a change comes with warnings, and the properties of checkTidy.
func tidyNormalized(t *testing.T, raw string) {
	in, _, err := Normalize([]byte(raw))
	if err != nil {
		return
	}
	got, warnings := Tidy(in)
	if (got == in) != (warnings == nil) {
		t.Errorf("Tidy(%q) = %q with warnings %q: a change and its warnings must go together", in, got, warnings)
	}
	checkTidy(t, in, got)
}

// BenchmarkTidy measures Tidy on clean German news text, which it only
// reads, and on the same text with debris in every paragraph.
func BenchmarkTidy(b *testing.B) {
	clean := extractBenchText(b, 1<<20)
	debris := strings.ReplaceAll(clean, "\n\n", "\n<p class=\"x\">\n\n- 3 -\n\n<b>Mehr</b>........12\n")
	for _, bm := range []struct{ name, text string }{{"clean-1MB", clean}, {"debris-1MB", debris}} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(bm.text)))
			b.ReportAllocs()
			for b.Loop() {
				Tidy(bm.text)
			}
		})
	}
}
