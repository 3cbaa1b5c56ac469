package sentence

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// TestGolden splits the news articles in testdata (written for these tests)
// and compares the sentences, one quoted line each, with the golden files.
// Run with -update to rewrite them after a deliberate change, and review the
// diff.
func TestGolden(t *testing.T) {
	for _, c := range []struct{ file, lang string }{
		{"news_de.txt", "de"},
		{"news_en.txt", "en"},
	} {
		src, err := os.ReadFile(filepath.Join("testdata", c.file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		var b strings.Builder
		for _, sp := range Split(text, c.lang) {
			fmt.Fprintf(&b, "%d-%d %q\n", sp.Start, sp.End, text[sp.Start:sp.End])
		}
		golden := filepath.Join("testdata", strings.TrimSuffix(c.file, ".txt")+".golden")
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if got := b.String(); got != string(want) {
			t.Errorf("Split(%s) =\n%s\nwant\n%s", c.file, got, want)
		}
	}
}
