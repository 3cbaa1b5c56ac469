package sentence

import (
	"strings"
	"testing"
)

// newsText repeats the German fixtures until the text is at least size
// bytes long.
func newsText(size int) string {
	var b strings.Builder
	b.Grow(size + 1024)
	for b.Len() < size {
		for _, c := range germanCases {
			b.WriteString(c.text)
			b.WriteString(" ")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func benchmarkSplit(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text, "de")
	}
}

// BenchmarkSplit measures Split on German news-like text.
func BenchmarkSplit(b *testing.B) {
	b.Run("1MB", func(b *testing.B) { benchmarkSplit(b, newsText(1<<20)) })
	b.Run("10MB", func(b *testing.B) { benchmarkSplit(b, newsText(10<<20)) })
}

// BenchmarkReference times a loop that only counts the periods of the 1 MB
// text: on a busy machine the ratio of BenchmarkSplit/1MB to it is steadier
// than either figure.
func BenchmarkReference(b *testing.B) {
	text := newsText(1 << 20)
	b.SetBytes(int64(len(text)))
	n := 0
	for b.Loop() {
		for i := 0; i < len(text); i++ {
			if text[i] == '.' {
				n++
			}
		}
	}
	if n == 0 {
		b.Fatal("no periods counted")
	}
}

// BenchmarkSplitOneLine measures a 10 MB line without any punctuation.
func BenchmarkSplitOneLine(b *testing.B) {
	benchmarkSplit(b, strings.Repeat("wort ", 2<<20))
}

// pathological are inputs that would make a careless scanner quadratic:
// quotes and brackets that never close, one endless word, list markers and
// dots everywhere.
var pathological = map[string]string{
	"no punctuation": "wort ",
	"open quotes":    "„a ",
	"open brackets":  "(a [b ",
	"apostrophes":    " 'a",
	"glued periods":  "a.Ba.",
	"one word":       "x",
	"spaced dots":    ". ",
	"list markers":   "1. a) ",
	"closers":        "a“ b) c' ",
}

// TestSplitLinear splits 1 MB and 2 MB of each pathological input. A
// quadratic scanner would take hours here and time out; a linear one takes
// milliseconds. Split must also allocate the same number of times at both
// sizes, give or take one growth of its result.
func TestSplitLinear(t *testing.T) {
	for name, unit := range pathological {
		var allocs [2]float64
		for k, size := range []int{1 << 20, 2 << 20} {
			text := strings.Repeat(unit, size/len(unit))
			if msg := checkSpans(text, Split(text, "de")); msg != "" {
				t.Fatalf("%s: Split: %s", name, msg)
			}
			allocs[k] = testing.AllocsPerRun(1, func() { Split(text, "de") })
		}
		if allocs[1] > allocs[0]+1 {
			t.Errorf("%s: Split allocates %v times on 1 MB and %v on 2 MB, want at most one more", name, allocs[0], allocs[1])
		}
	}
}
