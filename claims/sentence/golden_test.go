package sentence

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/claims/internal/golden"
)

// TestGolden splits the news articles in testdata (written for these tests)
// and compares the sentences, one quoted line each, with the golden files.
// See package golden for -update.
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
		golden.Check(t, filepath.Join("testdata", strings.TrimSuffix(c.file, ".txt")+".golden"), []byte(b.String()))
	}
}
