package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var docs = flag.Bool("docs", false, "write the sample reports under docs/ from the sample article")

// TestDocsSamples regenerates docs/sample-report.* in every format when run
// with -docs:
//
//	go test ./claims/report -run TestDocsSamples -docs
func TestDocsSamples(t *testing.T) {
	if !*docs {
		t.Skip("run with -docs to regenerate docs/sample-report.*")
	}
	dir := filepath.Join("..", "..", "docs")
	for _, f := range Formats() {
		var buf bytes.Buffer
		if err := Write(&buf, f, sampleReport()); err != nil {
			t.Fatalf("Write(%s) = %v", f, err)
		}
		name := "sample-report" + f.Ext()
		if f == FormatClaimReview {
			name = "sample-report.claimreview" + f.Ext()
		}
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
