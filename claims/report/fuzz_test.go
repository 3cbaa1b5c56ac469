package report

import (
	"bytes"
	"github.com/factdesk/factdesk/claims"
	"reflect"
	"strings"
	"testing"
)

// FuzzReadJSON feeds ReadJSON arbitrary bytes: it must never panic, and
// whatever it accepts must render in every format and survive another
// Write and ReadJSON unchanged. Seeds live in testdata/fuzz/FuzzReadJSON.
func FuzzReadJSON(f *testing.F) {
	var sample bytes.Buffer
	if err := Write(&sample, FormatJSON, sampleReport()); err != nil {
		f.Fatal(err)
	}
	f.Add(sample.Bytes())
	f.Add([]byte(`{"format":"factdesk-report","version":1,"articles":[{"article":{"title":"T","language":"en","text":"ab"},"claims":[{"kind":"fact","start":0,"end":2,"text":"ab","score":0.5}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadJSON(bytes.NewReader(data))
		if err != nil {
			if strings.TrimSpace(err.Error()) == "" {
				t.Fatalf("ReadJSON(%q) gave an empty error", data)
			}
			return
		}
		for _, f := range Formats() {
			if err := Write(&bytes.Buffer{}, f, r); err != nil {
				t.Fatalf("Write(%s) of an accepted report = %v", f, err)
			}
		}
		var buf bytes.Buffer
		if err := Write(&buf, FormatJSON, r); err != nil {
			t.Fatal(err)
		}
		again, err := ReadJSON(&buf)
		if err != nil {
			t.Fatalf("ReadJSON(Write(ReadJSON(%q))) = %v", data, err)
		}
		if !reflect.DeepEqual(again, r) {
			t.Fatalf("report changed in a second round trip:\n got %+v\nwant %+v", again, r)
		}
	})
}

// FuzzWrite renders reports made of arbitrary text and spans: every format
// must succeed, and no text may turn into HTML in the HTML and Markdown
// reports.
func FuzzWrite(f *testing.F) {
	f.Add("Maaß (71)", "Henrike Maaß (71) sagte „ja“.", "Laut Register 70.", 0, 17)
	f.Add(script, "<b>fett</b> 🎉 \x00", "=1+1", -3, 400)
	f.Fuzz(func(t *testing.T, title, text, note string, start, end int) {
		r := Report{Lang: "de", Generated: sampleGenerated, Bundles: []Bundle{{
			Article: claims.Article{ID: "a", Title: title, Text: text, URL: note},
			Claims:  []claims.Claim{{Found: claims.Found{Kind: claims.KindAttribution, Start: start, End: end, Text: title, Speaker: note}, ID: "c", Review: claims.Review{Verdict: claims.Mixed, Note: note, Reviewer: title}, Sources: []claims.Source{{URL: note, Title: title}}}},
		}}}
		for _, f := range Formats() {
			var buf bytes.Buffer
			if err := Write(&buf, f, r); err != nil {
				t.Fatalf("Write(%s) = %v", f, err)
			}
			switch f {
			case FormatHTML:
				if strings.Contains(buf.String(), "<script") || strings.Contains(buf.String(), `href="javascript`) {
					t.Fatalf("HTML lets markup through:\n%s", buf.String())
				}
			case FormatMarkdown:
				if unescaped(strings.ReplaceAll(buf.String(), "](<http", "]("), "<") {
					t.Fatalf("Markdown lets < through unescaped:\n%s", buf.String())
				}
			}
		}
	})
}
