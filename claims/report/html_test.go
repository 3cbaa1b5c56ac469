package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestHTMLSelfContained(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatHTML, sampleReport()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, external := range []string{"<link", "<script", " src=", "@import", "url(", "@font-face"} {
		if strings.Contains(out, external) {
			t.Errorf("HTML report contains %q: it must not load anything", external)
		}
	}
	for _, want := range []string{
		"@media print", "break-inside: avoid",
		`<span class="v-false" style="width: 25%">`, // two of eight claims are false
		`id="claim-019a8f3c-7b10-7c41-9d2e-000000000003"`,
		"<dt>Geprüft von</dt><dd>Lena Schäfer, Aylin Doğan, Jonas Übel</dd>",
		"<footer>Erstellt am 20.11.2026, 09:30 UTC aus hafen-kesselbrueck.factdesk</footer>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML report lacks %s", want)
		}
	}
}
