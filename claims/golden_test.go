package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/claims/internal/golden"
)

// TestExtractGolden extracts articles written for these tests (the German
// benchmark fixture and English wire copy) and compares every claim and
// skipped passage, one line each, with the golden files in
// testdata/extract (see package golden for -update).
func TestExtractGolden(t *testing.T) {
	for _, c := range []struct{ file, lang string }{
		{"bench.de.txt", "de"},
		{filepath.Join("extract", "wire_en.txt"), "en"},
	} {
		src, err := os.ReadFile(filepath.Join("testdata", c.file))
		if err != nil {
			t.Fatal(err)
		}
		got := goldenLines(string(src), Extract(string(src), Options{Language: c.lang}))
		golden.Check(t, filepath.Join("testdata", "extract", strings.TrimSuffix(filepath.Base(c.file), ".txt")+".golden"), []byte(got))
	}
}

// goldenLines renders an extraction one claim or skipped passage a line:
// kind, span, score and text, then the fields the kind fills.
func goldenLines(text string, ex Extraction) string {
	var b strings.Builder
	for _, c := range ex.Claims {
		fmt.Fprintf(&b, "%s %d-%d %.2f %q", c.Kind, c.Start, c.End, c.Score, c.Text)
		for _, f := range []struct{ name, value string }{
			{"speaker", c.Speaker}, {"cue", c.Cue}, {"according_to", c.AccordingTo}, {"person", c.Person},
			{"subject", c.Subject}, {"partner", c.Partner}, {"measure", c.Measure}, {"unit", c.Unit},
		} {
			if f.value != "" {
				fmt.Fprintf(&b, " %s=%q", f.name, f.value)
			}
		}
		if c.Age != 0 {
			fmt.Fprintf(&b, " age=%d", c.Age)
		}
		if c.Value != 0 {
			fmt.Fprintf(&b, " value=%g", c.Value)
		}
		if c.Direct {
			b.WriteString(" direct")
		}
		b.WriteByte('\n')
	}
	for _, s := range ex.Skipped {
		fmt.Fprintf(&b, "skip:%s %d-%d %q\n", s.Reason, s.Start, s.End, text[s.Start:s.End])
	}
	return b.String()
}
