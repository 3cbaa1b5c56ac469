package report

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestJSONRoundTrip(t *testing.T) {
	reports := map[string]Report{
		"sample":  sampleReport(),
		"hostile": hostileReport(),
		"empty":   {Generated: sampleGenerated},
		"two":     twoArticles(),
	}
	english := sampleReport()
	english.Lang, english.Source = "en", ""
	english.Bundles = append(english.Bundles, Bundle{Article: english.Bundles[0].Article})
	english.Bundles[1].Article.ID, english.Bundles[1].Article.Title = "second", "No claims yet"
	reports["two articles"] = english
	for name, want := range reports {
		var buf bytes.Buffer
		if err := Write(&buf, FormatJSON, want); err != nil {
			t.Fatalf("%s: Write(json) = %v", name, err)
		}
		got, err := ReadJSON(&buf)
		if err != nil {
			t.Fatalf("%s: ReadJSON(Write(json)) = %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: ReadJSON(Write(json)) differs from the report written:\n got %+v\nwant %+v", name, got, want)
		}
	}
}

func TestJSONIsComplete(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatJSON, sampleReport()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "{\n  \"format\": \"factdesk-report\",\n  \"version\": 1,") {
		t.Errorf("JSON export does not begin with the marker and version:\n%.200s", out)
	}
	for _, field := range []string{`"text": "Der Stadtrat`, `"hash"`, `"created_at"`, `"status": "in-review"`, `"direct": true`, `"direct": false`,
		`"cue": "nach Angaben"`, `"quote"`, `"age_check"`, `"unit": "Millionen Euro"`, `"evidence_sha256"`, `"evidence_size": 48213`,
		`"reviewed_at": "2026-11-19T10:42:00Z"`, `"updated_by": "Aylin Doğan"`, `"version": 2`} {
		if !strings.Contains(out, field) {
			t.Errorf("JSON export lacks %s", field)
		}
	}
}

func TestReadJSONRefuses(t *testing.T) {
	var claimReview bytes.Buffer
	if err := Write(&claimReview, FormatClaimReview, sampleReport()); err != nil {
		t.Fatal(err)
	}
	valid := func(edit func(*Report)) string {
		r := sampleReport()
		edit(&r)
		var buf bytes.Buffer
		if err := Write(&buf, FormatJSON, r); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	tests := []struct {
		name, in string
		is       error
		msg      string
	}{
		{"empty", "", ErrNotReport, "the input is empty"},
		{"white space", " \n\t", ErrNotReport, "the input is empty"},
		{"empty object", "{}", ErrNotReport, `no "format": "factdesk-report" marker`},
		{"empty array", "[]", ErrNotReport, "a JSON array, want an object"},
		{"claimreview", claimReview.String(), ErrNotReport, "ClaimReview file"},
		{"json-ld object", `{"@context":"https://schema.org","@type":"ClaimReview"}`, ErrNotReport, "JSON-LD"},
		{"garbage", "PK\x03\x04 not json", ErrNotReport, "not valid JSON"},
		{"truncated", valid(func(*Report) {})[:300], ErrNotReport, "not valid JSON"},
		{"string", `"factdesk-report"`, ErrNotReport, "a JSON string"},
		{"number", `42`, ErrNotReport, "a JSON number"},
		{"null", `null`, ErrNotReport, "JSON null"},
		{"other format", `{"format":"zotero","version":1}`, ErrNotReport, `"format" is "zotero"`},
		{"no version", `{"format":"factdesk-report"}`, ErrInvalidReport, `no "version"`},
		{"bad version", `{"format":"factdesk-report","version":"1"}`, ErrInvalidReport, `"version" is "1"`},
		{"newer", `{"format":"factdesk-report","version":2,"articles":[]}`, ErrNewerReport, "version 2, this factdesk reads up to 1"},
		{"trailing data", `{"format":"factdesk-report","version":1} {}`, ErrNotReport, "not valid JSON"},
		{"wrong field type", `{"format":"factdesk-report","version":1,"articles":{}}`, ErrInvalidReport, "cannot unmarshal object"},
		{"span outside", valid(func(r *Report) { r.Bundles[0].Claims[2].End = 5000 }), ErrInvalidReport,
			`article 1 ("„Tor zur Welt“: Stadtrat von Kesselbrück beschließt Ausbau des Hafens"), claim 3: span [`},
		{"span reversed", valid(func(r *Report) { r.Bundles[0].Claims[0].Start = 10; r.Bundles[0].Claims[0].End = 9 }), ErrInvalidReport, "span [10,9) does not lie inside"},
		{"unknown kind", valid(func(r *Report) { r.Bundles[0].Claims[1].Kind = "rumour" }), ErrInvalidReport, `claim 2: unknown kind "rumour"`},
		{"unknown verdict", valid(func(r *Report) { r.Bundles[0].Claims[1].Review.Verdict = "pants-on-fire" }), ErrInvalidReport, `unknown verdict "pants-on-fire"`},
		{"text edited", valid(func(r *Report) { r.Bundles[0].Article.Text += "Nachtrag." }), ErrInvalidReport, "does not match its hash"},
		{"repeated id", valid(func(r *Report) { r.Bundles[0].Claims[1].ID = r.Bundles[0].Claims[0].ID }), ErrInvalidReport, "is also used by"},
		{"foreign claim", valid(func(r *Report) { r.Bundles[0].Claims[0].ArticleID = "other" }), ErrInvalidReport, `article_id "other"`},
		{"bad published", valid(func(r *Report) { r.Bundles[0].Article.Published = "17.11.2026" }), ErrInvalidReport, `published "17.11.2026" is not a date`},
		{"bad evidence hash", valid(func(r *Report) { r.Bundles[0].Claims[2].Sources[0].EvidenceSHA256 = "xyz" }), ErrInvalidReport, "source 1: evidence_sha256"},
		{"bad language", strings.Replace(valid(func(*Report) {}), `"lang": "de"`, `"lang": "fr"`, 1), ErrInvalidReport, `"lang" is "fr"`},
		{"score", valid(func(r *Report) { r.Bundles[0].Claims[0].Score = 7 }), ErrInvalidReport, "score 7 outside 0 to 1"},
	}
	for _, tt := range tests {
		got, err := ReadJSON(strings.NewReader(tt.in))
		if err == nil {
			t.Errorf("ReadJSON(%s) = %+v, nil, want an error", tt.name, got)
			continue
		}
		if !errors.Is(err, tt.is) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ReadJSON(%s) = %v, want %v containing %q", tt.name, err, tt.is, tt.msg)
		}
	}
}

func TestReadJSONAcceptsByteOrderMark(t *testing.T) {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	if err := Write(&buf, FormatJSON, sampleReport()); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadJSON(&buf); err != nil {
		t.Errorf("ReadJSON(BOM + export) = %v, want it read", err)
	}
}
