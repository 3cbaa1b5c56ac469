package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden compares every deterministic format with its golden file;
// run with -update after an intended change and review the diff.
func TestGolden(t *testing.T) {
	english := sampleReport()
	english.Lang = "en"
	tests := []struct {
		name   string
		format Format
		report Report
	}{
		{"sample.de.md", FormatMarkdown, sampleReport()},
		{"sample.en.md", FormatMarkdown, english},
		{"sample.de.html", FormatHTML, sampleReport()},
		{"sample.de.csv", FormatCSV, sampleReport()},
		{"sample.de.json", FormatJSON, sampleReport()},
		{"sample.de.claimreview.jsonld", FormatClaimReview, sampleReport()},
		{"sample.en.claimreview.jsonld", FormatClaimReview, english},
		{"two-articles.de.md", FormatMarkdown, twoArticles()},
		{"two-articles.de.html", FormatHTML, twoArticles()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.format, tt.report); err != nil {
				t.Fatalf("Write(%s) = %v", tt.format, err)
			}
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("Write(%s) differs from %s (run with -update after checking the change):\n%s", tt.format, path, firstDiff(buf.Bytes(), want))
			}
		})
	}
}

// firstDiff shows the line where got and want first differ.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return "line " + itoa(i+1) + ":\n got: " + string(gl) + "\nwant: " + string(wl)
		}
	}
	return "(no line differs)"
}
