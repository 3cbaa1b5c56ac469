package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/claims"
)

const script = "<script>alert(1)</script>"

// hostileReport carries markup, a formula and a javascript: link in every
// field that comes from an article or a reviewer.
func hostileReport() Report {
	text := "Bürgermeister " + script + " sagte: =HYPERLINK(\"http://evil.example\") und **fett** [x](javascript:alert(2))"
	return Report{
		Lang: "de", Generated: sampleGenerated, Source: "<img src=x onerror=alert(3)>.db",
		Bundles: []Bundle{{
			Article: claims.Article{
				ID: "a1", Title: script + " & Co", Outlet: "@outlet", URL: "javascript:alert(4)",
				Language: "de", Text: text, Published: "2026-11-17",
			},
			Claims: []claims.Claim{{Found: claims.Found{Kind: claims.KindAttribution, Start: 0, End: len(text), Text: "=1+1 " + script, Speaker: "+49 " + script, AccordingTo: "-dpa"}, ID: "c1", Review: claims.Review{Verdict: claims.False, Note: "\t" + script + "\n# heading\n- list", Reviewer: "@reviewer"}, Sources: []claims.Source{{URL: "javascript:alert(5)", Title: script, Accessed: "2026-11-18"}}}},
		}},
	}
}

func TestHTMLEscapesArticleText(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatHTML, hostileReport()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script", "<img", `href="javascript:`, "<strong>"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML report contains %q from the article:\n%s", bad, out)
		}
	}
	if n := strings.Count(out, "&lt;script&gt;alert(1)&lt;/script&gt;"); n < 4 {
		t.Errorf("HTML report shows the script tag as text %d times, want it in title, claim, passage, note (4+)", n)
	}
}

func TestMarkdownEscapesArticleText(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatMarkdown, hostileReport()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script", "</script", "<img", "](javascript", "(<javascript", "**fett", "# heading", "- list"} {
		if unescaped(out, bad) {
			t.Errorf("Markdown report contains unescaped %q from the article:\n%s", bad, out)
		}
	}
	if n := strings.Count(out, `\<script\>alert(1)\</script\>`); n < 4 {
		t.Errorf("Markdown report shows the script tag as escaped text %d times, want 4+:\n%s", n, out)
	}
}

// unescaped reports whether s occurs in md without a backslash escaping
// its first character, or at the start of a line where it would open a
// block.
func unescaped(md, s string) bool {
	for i := 0; ; {
		j := strings.Index(md[i:], s)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 || md[at-1] != '\\' {
			if s[0] == '<' || s[0] == ']' || s[0] == '(' || s[0] == '*' || at == 0 || md[at-1] == '\n' {
				return true
			}
		}
		i = at + 1
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Maaß (71) sagte „ja“.", "Maaß (71) sagte „ja“."},
		{"<b>x</b>", `\<b\>x\</b\>`},
		{"a *b* _c_ `d` [e](f) ~g~ | h & i # j", "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\~g\\~ \\| h \\& i \\# j"},
		{`back\slash`, `back\\slash`},
		{"zwei\n\nZeilen\t mit  Raum", "zwei Zeilen mit Raum"},
		{"- Liste", `\- Liste`},
		{"-2,1 Prozent", "-2,1 Prozent"},
		{"+ plus", `\+ plus`},
		{"===", `\===`},
		{"1. Punkt", `1\. Punkt`},
		{"17.11.2026", "17.11.2026"},
		{"2) zwei", `2\) zwei`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownLink(t *testing.T) {
	tests := []struct{ text, url, want string }{
		{"Studie", "https://example.org/a b", "[Studie](<https://example.org/a%20b>)"},
		{"x", "https://example.org/<x>", "[x](<https://example.org/%3Cx%3E>)"},
		{"Böse", "javascript:alert(1)", "Böse (javascript:alert(1))"},
		{"ftp://example.org", "ftp://example.org", "ftp://example.org"},
	}
	for _, tt := range tests {
		if got := markdownLink(tt.text, tt.url); got != tt.want {
			t.Errorf("markdownLink(%q, %q) = %q, want %q", tt.text, tt.url, got, tt.want)
		}
	}
}

func TestNeutraliseCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"+49 30", "'+49 30"},
		{"-2,1 Prozent", "'-2,1 Prozent"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"Maaß", "Maaß"},
		{"a=b", "a=b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := neutraliseCell(tt.in); got != tt.want {
			t.Errorf("neutraliseCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatCSV, hostileReport()); err != nil {
		t.Fatal(err)
	}
	data, ok := bytes.CutPrefix(buf.Bytes(), []byte("\uFEFF"))
	if !ok {
		t.Fatalf("CSV does not begin with a UTF-8 byte order mark: %q", buf.Bytes()[:min(8, buf.Len())])
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if len(rows) != 2 {
		t.Fatalf("CSV has %d rows, want header and one claim", len(rows))
	}
	if got := strings.Join(rows[0], ","); got != strings.Join(csvHeader, ",") {
		t.Errorf("CSV header = %q", got)
	}
	for i, cell := range rows[1] {
		if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
			t.Errorf("CSV column %s = %q begins with a formula character", csvHeader[i], cell)
		}
	}
	want := map[string]string{"text": "'=1+1 " + script, "speaker": "'+49 " + script, "according_to": "'-dpa", "reviewer": "'@reviewer", "verdict": "Falsch"}
	for i, name := range csvHeader {
		if w, ok := want[name]; ok && rows[1][i] != w {
			t.Errorf("CSV column %s = %q, want %q", name, rows[1][i], w)
		}
	}
}

func TestCSVRowsPerClaim(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatCSV, sampleReport()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+8 {
		t.Fatalf("CSV has %d rows, want a header and 8 claims", len(rows))
	}
	col := func(name string) int {
		for i, h := range csvHeader {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q", name)
		return -1
	}
	fifth := rows[5]
	if got := fifth[col("sources")]; !strings.Contains(got, "Hafenstudie 2025 <https://www.ihk-kesselbrueck.example/hafenstudie-2025> (abgerufen am 18.11.2026); Beschäftigtenstatistik") {
		t.Errorf("sources of claim 5 = %q", got)
	}
	if got := fifth[col("passage")]; !strings.HasPrefix(got, "Nach Angaben der Industrie- und Handelskammer") {
		t.Errorf("passage of claim 5 = %q", got)
	}
}
