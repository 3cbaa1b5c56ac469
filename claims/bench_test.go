package claims

import (
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

func benchmarkExtract(b *testing.B, size int) {
	text := extractBenchText(b, size)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(text, Options{Language: "de"})
	}
}

func BenchmarkExtract(b *testing.B) {
	b.Run("1MB", func(b *testing.B) { benchmarkExtract(b, 1<<20) })
	b.Run("10MB", func(b *testing.B) { benchmarkExtract(b, 10<<20) })
}
