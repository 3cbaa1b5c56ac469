package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/claims"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr string
	}{
		{"md", FormatMarkdown, ""},
		{"Markdown", FormatMarkdown, ""},
		{" HTML ", FormatHTML, ""},
		{"pdf", FormatPDF, ""},
		{"csv", FormatCSV, ""},
		{"json", FormatJSON, ""},
		{"claimreview", FormatClaimReview, ""},
		{"jsonld", FormatClaimReview, ""},
		{"", "", "empty report format"},
		{"docx", "", `unknown report format "docx": use one of md, html, pdf, csv, json, claimreview`},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("ParseFormat(%q) = %q, %v, want %q, error containing %q", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestFormatExt(t *testing.T) {
	want := map[Format]string{
		FormatMarkdown: ".md", FormatHTML: ".html", FormatPDF: ".pdf",
		FormatCSV: ".csv", FormatJSON: ".json", FormatClaimReview: ".jsonld", "docx": "",
	}
	for f, ext := range want {
		if got := f.Ext(); got != ext {
			t.Errorf("Format(%q).Ext() = %q, want %q", f, got, ext)
		}
	}
	for _, f := range Formats() {
		if back, err := ParseFormat(string(f)); err != nil || back != f {
			t.Errorf("ParseFormat(%q) = %q, %v, want the format back", f, back, err)
		}
	}
}

func TestWriteRefuses(t *testing.T) {
	r := sampleReport()
	if err := Write(&bytes.Buffer{}, "docx", r); err == nil || !strings.Contains(err.Error(), `unknown report format "docx"`) {
		t.Errorf("Write(docx) = %v, want an unknown format error", err)
	}
	r.Lang = "fr"
	if err := Write(&bytes.Buffer{}, FormatMarkdown, r); err == nil || !strings.Contains(err.Error(), `"fr"`) {
		t.Errorf("Write(Lang fr) = %v, want a language error", err)
	}
}

func TestPassage(t *testing.T) {
	text := "Maaß (71) sagte „ja“."
	tests := []struct {
		start, end int
		want       string
	}{
		{0, 5, "Maaß"},
		{0, len(text), text},
		{-1, 3, ""},
		{3, 2, ""},
		{0, len(text) + 1, ""},
		{4, 6, ""}, // starts inside ß
		{0, 4, ""}, // ends inside ß
		{5, 11, "(71)"},
		{len(text), len(text), ""},
	}
	for _, tt := range tests {
		if got := passage(text, tt.start, tt.end); got != tt.want {
			t.Errorf("passage(%q, %d, %d) = %q, want %q", text, tt.start, tt.end, got, tt.want)
		}
	}
}

func TestViewReviewersCountsAndTrash(t *testing.T) {
	r := sampleReport()
	b := &r.Bundles[0]
	b.Claims[0].DeletedAt = time.Date(2026, 11, 19, 8, 0, 0, 0, time.UTC) // a True claim, in the trash
	b.Claims[4].Sources[0].DeletedAt = b.Claims[0].DeletedAt              // Aylin Doğan's source on claim 5
	b.Claims[1].Sources[0].UpdatedBy = " Jonas Übel "                     // a repeated name, with spaces
	v := newView(r)
	a := v.Articles[0]
	if len(a.Claims) != 7 {
		t.Fatalf("view has %d claims, want 7 without the trashed one", len(a.Claims))
	}
	if got, want := strings.Join(a.Reviewers, "|"), "Lena Schäfer|Jonas Übel"; got != want {
		t.Errorf("reviewers = %q, want %q", got, want)
	}
	var counts []string
	for _, c := range a.Counts {
		counts = append(counts, c.Label+"="+itoa(c.N)+"/"+itoa(c.Percent)+"%")
	}
	want := "Offen=1/14%|Richtig=1/14%|Größtenteils richtig=1/14%|Falsch=2/29%|Fehlender Kontext=1/14%|Unbelegt=1/14%"
	if got := strings.Join(counts, "|"); got != want {
		t.Errorf("counts = %q, want %q", got, want)
	}
	if a.Claims[0].N != 1 || a.Claims[0].ID != b.Claims[1].ID {
		t.Errorf("first claim = #%d %s, want #1 %s", a.Claims[0].N, a.Claims[0].ID, b.Claims[1].ID)
	}
	if n := len(a.Claims[3].Sources); n != 1 {
		t.Errorf("claim 5 shows %d sources, want 1 without the trashed one", n)
	}
}

func TestViewUnknownVerdictReadsAsUnreviewed(t *testing.T) {
	r := sampleReport()
	r.Bundles[0].Claims[0].Review.Verdict = "dubious"
	r.Bundles[0].Claims[1].ID = ""
	v := newView(r)
	if c := v.Articles[0].Claims[0]; c.Verdict != claims.Unreviewed || c.VerdictLabel != "Offen" {
		t.Errorf("verdict %q shows as %q (%q), want unreviewed (Offen)", "dubious", c.Verdict, c.VerdictLabel)
	}
	if got := v.Articles[0].Claims[1].Anchor; got != "claim-1-2" {
		t.Errorf("anchor of a claim without ID = %q, want %q", got, "claim-1-2")
	}
}

func TestWriteEmptyReport(t *testing.T) {
	for _, f := range Formats() {
		var buf bytes.Buffer
		if err := Write(&buf, f, Report{Generated: sampleGenerated}); err != nil {
			t.Errorf("Write(%s, empty report) = %v", f, err)
		}
		if buf.Len() == 0 {
			t.Errorf("Write(%s, empty report) wrote nothing", f)
		}
	}
}

func TestWriteArticleWithoutClaims(t *testing.T) {
	r := Report{Lang: "en", Generated: sampleGenerated, Bundles: []Bundle{{Article: claims.Article{Title: "Quiet day", Language: "en"}}}}
	for _, f := range []Format{FormatMarkdown, FormatHTML} {
		var buf bytes.Buffer
		if err := Write(&buf, f, r); err != nil {
			t.Fatalf("Write(%s) = %v", f, err)
		}
		if !strings.Contains(buf.String(), "No claims recorded.") {
			t.Errorf("Write(%s) of an article without claims does not say so:\n%s", f, buf.String())
		}
	}
}

func TestLanguageDefault(t *testing.T) {
	german := sampleReport()
	german.Lang = ""
	english := sampleReport()
	english.Lang, english.Bundles[0].Article.Language = "", "en"
	tests := []struct {
		name string
		r    Report
		want string
	}{
		{"German article", german, "de"},
		{"English article", english, "en"},
		{"no articles", Report{}, "en"},
		{"set", Report{Lang: "en", Bundles: german.Bundles}, "en"},
	}
	for _, tt := range tests {
		if got := tt.r.language(); got != tt.want {
			t.Errorf("%s: language() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// twoArticles is the sample report with a second, English article holding
// two of the sample's claims.
func twoArticles() Report {
	r := sampleReport()
	second := Bundle{Article: r.Bundles[0].Article, Claims: append([]claims.Claim(nil), r.Bundles[0].Claims[2:4]...)}
	second.Article.ID, second.Article.Title, second.Article.Language = "second", "Harbour vote: what the mayor said", "en"
	for i := range second.Claims {
		c := &second.Claims[i]
		c.ID += "-en"
		c.ArticleID = "second"
		c.Sources = append([]claims.Source(nil), c.Sources...)
		for j := range c.Sources {
			c.Sources[j].ID += "-en"
			c.Sources[j].ClaimID = c.ID
		}
	}
	r.Bundles = append(r.Bundles, second)
	return r
}

func TestOverview(t *testing.T) {
	v := newView(twoArticles())
	if v.Overview == nil {
		t.Fatal("a report of two articles has no overview")
	}
	if v.Overview.Summary != "2 Artikel, 10 Aussagen" {
		t.Errorf("overview summary = %q, want %q", v.Overview.Summary, "2 Artikel, 10 Aussagen")
	}
	var got []string
	for _, c := range v.Overview.Counts {
		got = append(got, c.Label+"="+itoa(c.N))
	}
	if want := "Offen=1|Richtig=2|Größtenteils richtig=1|Falsch=3|Fehlender Kontext=1|Unbelegt=2"; strings.Join(got, "|") != want {
		t.Errorf("overview counts = %q, want %q", strings.Join(got, "|"), want)
	}
	if newView(sampleReport()).Overview != nil {
		t.Errorf("a report of one article has an overview")
	}
	for _, f := range []Format{FormatMarkdown, FormatHTML} {
		var buf bytes.Buffer
		if err := Write(&buf, f, twoArticles()); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Übersicht", "2 Artikel, 10 Aussagen", "Harbour vote: what the mayor said"} {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("Write(%s) of two articles lacks %q", f, want)
			}
		}
	}
}
