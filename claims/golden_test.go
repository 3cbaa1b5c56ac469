package claims

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestExtractGolden extracts articles written for these tests (the German
// benchmark fixture and English wire copy) and compares every claim and
// skipped passage, one line each, with the golden files in
// testdata/extract. Run with -update after a deliberate change and review
// the diff: it shows what a reviewer would see change.
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
		golden := filepath.Join("testdata", "extract", strings.TrimSuffix(filepath.Base(c.file), ".txt")+".golden")
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		gotLines, wantLines := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gotLines), len(wantLines)) {
			g, w := lineAt(gotLines, i), lineAt(wantLines, i)
			if g != w {
				t.Errorf("Extract(%s) line %d =\n\t%s\nwant\n\t%s\n(run with -update after a deliberate change)", c.file, i+1, g, w)
				break
			}
		}
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

// lineAt returns line i of lines, or "" past the end.
func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}
