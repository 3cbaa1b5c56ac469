package claims

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractBenchText returns at least size bytes of German news text: the project's
// own fixture and, when the corpus is present, its sample article, repeated.
func extractBenchText(tb testing.TB, size int) string {
	tb.Helper()
	seed, err := os.ReadFile(filepath.Join("testdata", "bench.de.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	unit := string(seed)
	if art, err := os.ReadFile(filepath.Join(corpusDir, "articles", "putin-xi-call.de.txt")); err == nil {
		unit += "\n" + string(art) + "\n"
	}
	var b strings.Builder
	b.Grow(size + len(unit))
	for b.Len() < size {
		b.WriteString(unit)
	}
	return b.String()
}

func benchmarkExtract(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(text, Options{Language: "de"})
	}
}

// wikinewsText returns the first size bytes of the German Wikinews
// quotation corpus' train articles, one after the other, or "" when the
// corpus is not in ../eval-data (make eval says how to fetch it; its
// licence keeps it out of the repo). Unlike extractBenchText it never
// repeats, so caches and branch predictors see real variety.
func wikinewsText(size int) string {
	files, _ := filepath.Glob(filepath.Join("..", "eval-data", "data", "train", "*.json"))
	var b strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return ""
		}
		var doc struct {
			Text string `json:"originalText"`
		}
		if json.Unmarshal(raw, &doc) != nil {
			return ""
		}
		b.WriteString(doc.Text)
		b.WriteString("\n\n")
		if b.Len() >= size {
			return b.String()[:size]
		}
	}
	return ""
}

func BenchmarkExtract(b *testing.B) {
	b.Run("1MB", func(b *testing.B) { benchmarkExtract(b, extractBenchText(b, 1<<20)) })
	b.Run("10MB", func(b *testing.B) { benchmarkExtract(b, extractBenchText(b, 10<<20)) })
	b.Run("wikinews-1MB", func(b *testing.B) {
		text := wikinewsText(1 << 20)
		if text == "" {
			b.Skip("the Wikinews corpus is not in ../eval-data (see make eval)")
		}
		benchmarkExtract(b, text)
	})
}
