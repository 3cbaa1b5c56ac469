package report

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/claims/internal/golden"
)

// TestGolden compares every deterministic format with its golden file (see
// package golden for -update).
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
			golden.Check(t, filepath.Join("testdata", tt.name+".golden"), buf.Bytes())
		})
	}
}
