package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/claims"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixtures returns the test files by name: those in testdata and the Word
// document built by makeDOCX.
func fixtures(t testing.TB) map[string][]byte {
	t.Helper()
	files := map[string][]byte{
		"bericht.docx": makeDOCX(t, berichtBody, ""),
	}
	paths, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = data
	}
	return files
}

// TestReadGolden reads every fixture and compares the Document, as
// indented JSON, with testdata/NAME.golden. Run with -update to rewrite.
func TestReadGolden(t *testing.T) {
	files := fixtures(t)
	if len(files) < 6 {
		t.Fatalf("found %d fixtures, want at least 6", len(files))
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			doc, err := Read(name, data)
			if err != nil {
				t.Fatalf("Read(%q) error %v", name, err)
			}
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Read(%q) =\n%s\nwant\n%s", name, got, want)
			}
			if again, _, err := claims.Normalize([]byte(doc.Text)); err != nil || again != doc.Text {
				t.Errorf("Read(%q).Text is not normalised: %v", name, err)
			}
		})
	}
}

// TestReadHTMLContent checks what the German page keeps and what it drops,
// independently of the golden file.
func TestReadHTMLContent(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "seite.de.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read("seite.de.html", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Marode Brücke in Köpenick: Senat sperrt Übergang für Autos\n\n",
		"wird ab Montag für Autos gesperrt. Das teilte",
		"„nicht mehr sicher“",
		"14\u00a0Trägern gefunden.\nDie Sanierung",
		"„Wir rechnen mit zwei Jahren Bauzeit“",
		"Fußgänger dürfen die Brücke weiter nutzen.\nDie Buslinie 164",
		"2019\t31.000",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("Read(seite.de.html).Text lacks %q:\n%s", want, doc.Text)
		}
	}
	for _, drop := range []string{
		"Cookies", "akzeptieren", "Werbung", "dataLayer", "font-family", "Nachrichten aus dem Osten",
		"Sport", "Foto: Archiv", "Lesen Sie auch", "Teilen", "JavaScript", "Startseite", "Newsletter",
		"Impressum", "  ", "\n\n\n",
	} {
		if strings.Contains(doc.Text, drop) {
			t.Errorf("Read(seite.de.html).Text holds %q:\n%s", drop, doc.Text)
		}
	}
	want := Document{
		Title:     "Marode Brücke in Köpenick: Senat sperrt Übergang für Autos",
		Outlet:    "Spreeboten",
		URL:       "https://spreeboten.example/berlin/bruecke-koepenick",
		Published: "2024-03-12",
		Language:  "de",
		Format:    "html",
	}
	got := doc
	got.Text, got.Warnings = "", nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read(seite.de.html) metadata = %+v, want %+v", got, want)
	}
}

func TestReadMeta(t *testing.T) {
	tests := []struct {
		name, in string
		want     Document
	}{
		{"page.html", `<html lang="en-GB"><title>Rates rise - Ledger</title><meta name="application-name" content="Ledger"><p>Rates rose.`,
			Document{Title: "Rates rise", Outlet: "Ledger", Language: "en"}},
		{"page.html", `<title>Rates rise</title><meta property="og:locale" content="de_DE"><meta property="og:url" content="https://x.example/a"><p>Text.`,
			Document{Title: "Rates rise", URL: "https://x.example/a", Language: "de"}},
		{"page.html", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"H","datePublished":"2024-02-29"}]}</script><p>Text.`,
			Document{Title: "H", Published: "2024-02-29"}},
		{"page.html", `<script type="application/ld+json">{not json</script><h1>Kopf</h1><p>Text <time datetime="2023-12-24T18:00">Heiligabend</time>.`,
			Document{Title: "Kopf", Published: "2023-12-24"}},
		{"page.html", `<meta name="DC.date.issued" content="08.02.2024"><p>Text.`,
			Document{Published: "2024-02-08"}},
		{"notiz.txt", "Ein Satz ohne Überschrift.\nNoch einer.", Document{}},
		{"notiz.txt", "Nur eine Zeile", Document{}},
		{"notiz.txt", "Wer zahlt die Brücke?\n\nDer Senat.", Document{Title: "Wer zahlt die Brücke?"}},
		{"notiz.md", "---\ntitle: 'Brücke'\ndate: 2024-03-14T10:00:00+01:00\noutlet: Spreeboten # Quelle\nlanguage: EN\n---\nText.",
			Document{Title: "Brücke", Published: "2024-03-14", Outlet: "Spreeboten", Language: "en"}},
		{"notiz.md", "---\n\nText unter einer Linie.", Document{}},
		{"notiz.md", "Titel\n=====\n\nText.", Document{Title: "Titel"}},
		{"notiz.md", "## Unterzeile\n\n# Titel\n\nText.", Document{Title: "Titel"}},
		{"notiz.docx", string(makeDOCX(t, `<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Überschrift</w:t></w:r></w:p><w:p><w:r><w:t>Text.</w:t></w:r></w:p>`, "")),
			Document{Title: "Überschrift", Language: "de"}},
		{"notiz.docx", string(makeDOCX(t, `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Im Text</w:t></w:r></w:p>`, "Aus den Eigenschaften")),
			Document{Title: "Aus den Eigenschaften", Language: "de"}},
	}
	for _, tt := range tests {
		doc, err := Read(tt.name, []byte(tt.in))
		if err != nil {
			t.Errorf("Read(%q, %.60q) error %v", tt.name, tt.in, err)
			continue
		}
		doc.Text, doc.Warnings, doc.Format = "", nil, ""
		if !reflect.DeepEqual(doc, tt.want) {
			t.Errorf("Read(%q, %.60q) = %+v, want %+v", tt.name, tt.in, doc, tt.want)
		}
	}
}

// TestReadHTMLRoot checks which part of a page becomes the text.
func TestReadHTMLRoot(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<body><header>Kopf</header><p>Text.</p><footer>Fuß</footer></body>`, "Text."},
		{`<body><nav>Menü</nav><main><h1>Titel</h1><p>Text.</p></main><aside>Mehr</aside></body>`, "Titel\n\nText."},
		{`<main><p>Vorspann</p><article><header><h1>Titel</h1></header><p>Text.</p></article></main>`, "Titel\n\nText."},
		{`<article><p>Kurz</p></article><article><p>Der längere Artikel.</p><article><p>Kommentar</p></article></article>`,
			"Der längere Artikel.\n\nKommentar"},
		{`<article><p>Teaser</p></article><div itemprop="articleBody"><p>Der eigentliche Text.</p></div>`, "Der eigentliche Text."},
		{`<article><div class="share-wrapper"><p>` + strings.Repeat("Langer Text. ", 20) + `</p></div></article>`,
			strings.TrimSpace(strings.Repeat("Langer Text. ", 20))},
		{`<p>a<br>b<br><br>c</p><ul><li>x<li>y</ul><pre>  p
  q</pre>`, "a\nb\n\nc\n\nx\ny\n\n  p\n  q"},
		{`<p>Eins  &amp;
		zwei&nbsp;drei <b>vier</b><i>fünf</i></p>`, "Eins & zwei\u00a0drei vierfünf"},
	}
	for _, tt := range tests {
		doc, err := Read("seite.html", []byte(tt.in))
		if err != nil || doc.Text != tt.want {
			t.Errorf("Read(seite.html, %q).Text = %q, %v, want %q", tt.in, doc.Text, err, tt.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	bomb := makeZip(t, []string{"word/document.xml"}, map[string]string{
		"word/document.xml": strings.Repeat(" ", claims.MaxInputSize+1),
	})
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"leer.txt", nil, claims.ErrEmpty},
		{"leer.md", []byte("---\ntitle: Nichts\n---\n\n"), claims.ErrEmpty},
		{"leer.html", []byte("<html><body><nav>Menü</nav><script>x()</script></body></html>"), claims.ErrEmpty},
		{"leer.docx", makeDOCX(t, `<w:p><w:r><w:t> </w:t></w:r></w:p>`, "Titel"), claims.ErrEmpty},
		{"nichts.docx", nil, claims.ErrEmpty},
		{"bericht.pdf", []byte("%PDF-1.7\n1 0 obj"), claims.ErrBinary},
		{"bericht.txt", []byte("%PDF-1.7\n1 0 obj"), claims.ErrBinary},
		{"bild.html", []byte("\x89PNG\r\n\x1a\n\x00\x00"), claims.ErrBinary},
		{"alt.doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), claims.ErrBinary},
		{"kaputt.docx", []byte("Das ist kein Word-Dokument."), ErrFormat},
		{"tabelle.docx", makeZip(t, []string{"xl/workbook.xml"}, map[string]string{"xl/workbook.xml": "<workbook/>"}), ErrFormat},
		{"falsch.docx", makeZip(t, []string{"word/document.xml"}, map[string]string{"word/document.xml": "<w:document><w:body>"}), ErrFormat},
		{"bombe.docx", bomb, claims.ErrTooLarge},
		{"archiv.zip", makeZip(t, []string{"a.txt"}, map[string]string{"a.txt": "Text"}), claims.ErrBinary},
		{"riesig.txt", make([]byte, claims.MaxInputSize+1), claims.ErrTooLarge},
		{"tief.html", []byte(strings.Repeat("<div>", 600) + "Text"), ErrFormat},
	}
	for _, tt := range tests {
		doc, err := Read(tt.name, tt.data)
		if !errors.Is(err, tt.want) {
			t.Errorf("Read(%q) = %+v, %v, want error %v", tt.name, doc, err, tt.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), tt.name+": ") {
			t.Errorf("Read(%q) error %q does not name the file", tt.name, err)
		}
	}
}

// TestReadSniff checks that files without a known extension are read by
// their content.
func TestReadSniff(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string // Format
	}{
		{"stdin", []byte("\n  <!DOCTYPE html><p>Text.</p>"), "html"},
		{"seite.php", []byte("<html><body><p>Text.</p></body></html>"), "html"},
		{"notiz", []byte("---\ntitle: T\n---\n*Text*."), "markdown"},
		{"download", makeDOCX(t, `<w:p><w:r><w:t>Text.</w:t></w:r></w:p>`, ""), "docx"},
		{"README", []byte("<b>Text</b> in plain text."), "text"},
		{"brief.TXT", []byte("<html><p>Text.</p></html>"), "text"},
		{"SEITE.HTM", []byte("<p>Text.</p>"), "html"},
	}
	for _, tt := range tests {
		doc, err := Read(tt.name, tt.data)
		if err != nil || doc.Format != tt.want {
			t.Errorf("Read(%q).Format = %q, %v, want %q", tt.name, doc.Format, err, tt.want)
		}
	}
}

func TestReadFile(t *testing.T) {
	doc, err := ReadFile(filepath.Join("testdata", "meldung.de.txt"))
	if err != nil || doc.Title != "Brückensperrung in Köpenick" {
		t.Errorf("ReadFile(meldung.de.txt) = %+v, %v, want title %q", doc, err, "Brückensperrung in Köpenick")
	}
	if _, err := ReadFile(filepath.Join("testdata", "fehlt.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile(fehlt.txt) error %v, want os.ErrNotExist", err)
	}
}

func TestExtensions(t *testing.T) {
	for _, ext := range Extensions() {
		if _, ok := readers[ext]; !ok || !strings.HasPrefix(ext, ".") {
			t.Errorf("Extensions() lists %q, which Read has no reader for", ext)
		}
	}
}

// TestReadTidies reads pasted and saved texts with paste debris: the text
// comes out tidied by claims.Tidy, and the warnings say what was removed.
func TestReadTidies(t *testing.T) {
	tests := []struct {
		name, in, want string
		warnings       []string
	}{
		{"clipboard.txt",
			"<h2 class=\"titel\">Brücke gesperrt</h2>\r\n<p>Der Senat sperrt die Brücke.</p>\r\n\r\n3\r\n\r\nDie Sanierung kostet.........12,4 Mio. Euro.\r\n",
			"Brücke gesperrt\nDer Senat sperrt die Brücke.\n\nDie Sanierung kostet 12,4 Mio. Euro.",
			[]string{"removed 4 HTML tags", `replaced 1 dot leader ("........") with a space`, "removed 1 page number standing alone"}},
		{"pasted.txt", "Die Lage ist ernst. \\r\\n Das sagte der Minister.\n/////////////\nK\nO\nN\nT\nA\nK\nT",
			"Die Lage ist ernst.\nDas sagte der Minister.\nKONTAKT",
			[]string{`turned 1 literal line-break code ("\n") into a line break`, `removed 1 separator line ("=====", "/")`,
				"joined 7 lines of letters printed one per line into words"}},
		{"notiz.md", "# Brücke\n\nDer Senat &lt;b&gt;sperrt&lt;/b&gt; die Brücke.",
			"Brücke\n\nDer Senat sperrt die Brücke.", []string{"removed 2 HTML tags"}},
		{"seite.html", "<html><body><p>Baukosten........12 Mio. Euro</p></body></html>",
			"Baukosten 12 Mio. Euro", []string{`replaced 1 dot leader ("........") with a space`}},
		{"clipboard.txt", "Müller sagte, die Brücke sei marode.", "Müller sagte, die Brücke sei marode.", nil},
	}
	for _, tt := range tests {
		doc, err := Read(tt.name, []byte(tt.in))
		if err != nil {
			t.Errorf("Read(%q, %q) error %v", tt.name, tt.in, err)
			continue
		}
		if doc.Text != tt.want || !reflect.DeepEqual(doc.Warnings, tt.warnings) {
			t.Errorf("Read(%q, %q) = %q, warnings %q; want %q, %q", tt.name, tt.in, doc.Text, doc.Warnings, tt.want, tt.warnings)
		}
	}
}
