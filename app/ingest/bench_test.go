package ingest

import (
	"bytes"
	"strings"
	"testing"
)

// BenchmarkRead reads about 1 MB of each format: fixtures repeated, and
// hostile input (deep nesting, unclosed brackets and backticks) that must
// stay linear.
func BenchmarkRead(b *testing.B) {
	files := fixtures(b)
	page := bytes.Replace(files["seite.de.html"], []byte("<main>"),
		append([]byte("<main>"), bytes.Repeat([]byte("<p>Die Brücke über die Spree ist seit <b>Montag</b> gesperrt, sagte Müller.</p>\n"), 12000)...), 1)
	para := strings.Repeat("Die **Brücke** über die [Spree](https://x.example) ist *seit* Montag `gesperrt`.\n", 10)
	docxBody := strings.Repeat(`<w:p><w:r><w:t>Die Brücke über die Spree ist seit Montag gesperrt.</w:t></w:r></w:p>`, 12000)
	for _, bm := range []struct {
		name string
		data []byte
		size int // bytes of markup read; for DOCX the unpacked document.xml
	}{
		{"page.html", page, 0},
		{"artikel.md", []byte(strings.Repeat(para+"\n", 1200)), 0},
		{"bericht.docx", makeDOCX(b, docxBody, ""), len(docxBody)},
		{"nested.html", []byte(strings.Repeat(strings.Repeat("<div class=share><article>x ", 200)+strings.Repeat("</article></div>", 200), 100)), 0},
		{"brackets.md", []byte(strings.Repeat("[(`*_", 200000)), 0},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(max(bm.size, len(bm.data))))
			for b.Loop() {
				if _, err := Read(bm.name, bm.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
