package report

import (
	"bytes"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

func writeSamplePDF(t *testing.T, r Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, FormatPDF, r); err != nil {
		t.Fatalf("Write(pdf) = %v", err)
	}
	return buf.Bytes()
}

var pageObject = regexp.MustCompile(`/Type /Page\b[^s]`)

func TestPDFStructure(t *testing.T) {
	out := writeSamplePDF(t, sampleReport())
	if !bytes.HasPrefix(out, []byte("%PDF-")) {
		t.Fatalf("PDF begins with %q, want %%PDF-", out[:min(8, len(out))])
	}
	if !bytes.HasSuffix(bytes.TrimSpace(out), []byte("%%EOF")) {
		t.Errorf("PDF does not end with %%%%EOF")
	}
	for _, want := range []string{"/FontFile2", "/Subtype /Type0", "/CreationDate (D:20261120093000"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("PDF lacks %s", want)
		}
	}
	if n := len(pageObject.FindAll(out, -1)); n < 2 {
		t.Errorf("PDF has %d pages, want the sample to fill at least 2", n)
	}
	if again := writeSamplePDF(t, sampleReport()); !bytes.Equal(out, again) {
		t.Errorf("two PDFs of the same report differ")
	}
}

// TestPDFExtractedText extracts the text with poppler's pdftotext, where installed,
// and looks for umlauts, ß, „“, –, the running header and page numbers.
func TestPDFExtractedText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	cmd := exec.Command("pdftotext", "-layout", "-", "-")
	cmd.Stdin = bytes.NewReader(writeSamplePDF(t, sampleReport()))
	text, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	got := string(text)
	for _, want := range []string{
		"„Tor zur Welt“: Stadtrat von Kesselbrück beschließt",
		"Henrike Maaß ist 71 Jahre alt.",
		"Tor zur Welt – ohne den Ausbau",
		"Größtenteils richtig",
		"Lena Schäfer, Aylin Doğan, Jonas Übel",
		"abgerufen am 18.11.2026",
		"5f1c0a2d11c38beabb97a37d30c3535107f5e2758d9b712e3470cb1d6c17eadb",
		"Erstellt am 20.11.2026, 09:30 UTC aus hafen-kesselbrueck.factdesk",
		"Seite 1 von 3",
		"Seite 3 von 3",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if n := strings.Count(got, "Faktencheck · „Tor zur Welt“"); n != 3 {
		t.Errorf("running header found on %d pages, want 3", n)
	}
	cmd = exec.Command("pdftotext", "-layout", "-", "-")
	cmd.Stdin = bytes.NewReader(writeSamplePDF(t, twoArticles()))
	text, err = cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	for _, want := range []string{"Faktencheck · Übersicht", "2 Artikel, 10 Aussagen", "Harbour vote: what the mayor said (2 Aussagen)", "Faktencheck · Harbour vote"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("PDF of two articles lacks %q", want)
		}
	}
}

func TestPDFHostileAndEmpty(t *testing.T) {
	for name, r := range map[string]Report{"hostile": hostileReport(), "empty": {Lang: "en", Generated: sampleGenerated}} {
		if out := writeSamplePDF(t, r); !bytes.HasPrefix(out, []byte("%PDF-")) || len(pageObject.FindAll(out, -1)) == 0 {
			t.Errorf("%s: PDF has no pages", name)
		}
	}
}

// TestPDFOddText writes characters the Go fonts lack (emoji, CJK), control
// characters and a very long word: the PDF must still come out.
func TestPDFOddText(t *testing.T) {
	r := sampleReport()
	c := &r.Bundles[0].Claims[0]
	c.Text = "Emoji 🎉, 中文, null \x00 byte, bell \a, " + strings.Repeat("Donaudampfschifffahrt", 40)
	c.Review.Note = "\u202eRTL override\u202c and combining a\u0308"
	r.Bundles[0].Article.Title = strings.Repeat("Überlänge ", 60)
	out := writeSamplePDF(t, r)
	if !bytes.HasPrefix(out, []byte("%PDF-")) || len(pageObject.FindAll(out, -1)) < 2 {
		t.Errorf("PDF of odd text is not a PDF with pages")
	}
}

func TestPDFTextClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Maaß „71“ – ja…", "Maaß „71“ – ja…"},
		{"a\u0308rger", "ärger"},
		{"Feier 🎉 中", "Feier \uFFFD \uFFFD"},
		{"tab\there\x00", "tab here "},
		{"zwei\nZeilen", "zwei\nZeilen"},
		{"\u202eumgedreht\u202c", "umgedreht"},
	}
	for _, tt := range tests {
		if got := pdfText(tt.in); got != tt.want {
			t.Errorf("pdfText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPDFLinks(t *testing.T) {
	out := writeSamplePDF(t, hostileReport())
	if bytes.Contains(out, []byte("/URI (javascript")) {
		t.Errorf("PDF links a javascript: address")
	}
	out = writeSamplePDF(t, sampleReport())
	for _, want := range []string{
		"/URI (https://www.kesselbruecker-anzeiger.example/stadt/hafen-ausbau-beschlossen)",
		"/URI (https://www.ihk-kesselbrueck.example/hafenstudie-2025)",
	} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("PDF lacks the link %s", want)
		}
	}
}
