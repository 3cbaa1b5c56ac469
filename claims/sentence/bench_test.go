package sentence

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newsParagraphs are German news paragraphs written for the benchmarks,
// with the usual mix of quotes, numbers, dates and abbreviations.
var newsParagraphs = []string{
	"Die Bundesregierung hat am Mittwoch ihre Konjunkturprognose für das laufende Jahr deutlich gesenkt. " +
		"Das Bruttoinlandsprodukt werde nur noch um 0,2 Prozent wachsen, teilte das Wirtschaftsministerium in Berlin mit. " +
		"Im Herbst war die Regierung noch von einem Plus von 1,3 Prozent ausgegangen. " +
		"„Die Lage ist ernst, aber nicht hoffnungslos“, sagte der Minister bei der Vorstellung des Berichts.",
	"Als Gründe nannte das Ministerium u. a. die hohen Energiepreise, die schwache Nachfrage aus China und die gestiegenen Zinsen. " +
		"Die Exporte sanken im Januar um 2,4 Prozent auf rund 129,5 Mrd. Euro, wie das Statistische Bundesamt am 9. Februar mitteilte. " +
		"Ökonomen wie Prof. Dr. Anna Weber vom Institut für Weltwirtschaft rechnen erst im 2. Halbjahr mit einer Erholung.",
	"Kritik kam von der Opposition. Deren Fraktionschef sprach von einem „Offenbarungseid der Ampel“ und forderte ein Sofortprogramm für die Industrie. " +
		"Die Gewerkschaften verlangten dagegen höhere Investitionen in Schulen, Brücken und Bahnstrecken, z. B. über ein Sondervermögen. " +
		"Ob die Koalition sich darauf einigen kann, ist offen.",
	"Am Abend trafen sich die Spitzen der Koalition im Kanzleramt. Ein Regierungssprecher sagte nach dem Treffen: „Wir sind uns in den Grundzügen einig.“ " +
		"Einzelheiten sollen bis zum 15. März vorgestellt werden. Die nächste Sitzung des Kabinetts ist für Mittwoch um 9.30 Uhr geplant.",
}

// newsText repeats the news paragraphs until the text is at least size
// bytes long.
func newsText(size int) string {
	return repeatText(newsParagraphs, "\n\n", size)
}

// denseText repeats the German test fixtures, whose sentences are short and
// full of abbreviations, until the text is at least size bytes long.
func denseText(size int) string {
	var texts []string
	for _, c := range germanCases {
		texts = append(texts, c.text)
	}
	return repeatText(texts, " ", size)
}

func repeatText(parts []string, sep string, size int) string {
	var b strings.Builder
	b.Grow(size + 4096)
	for b.Len() < size {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteString(sep)
		}
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

// extractText repeats the text of claims' BenchmarkExtract (its fixture
// and, when the shared corpus is present, the corpus article) until it is at
// least size bytes long, so that Split can be measured on the text that
// Extract splits.
func extractText(b *testing.B, size int) string {
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "bench.de.txt"))
	if err != nil {
		b.Skip(err)
	}
	parts := []string{string(seed)}
	if art, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "articles", "putin-xi-call.de.txt")); err == nil {
		parts = append(parts, string(art))
	}
	return repeatText(parts, "\n", size)
}

// BenchmarkSplit measures Split on German news-like text, on the dense
// test fixtures (about 33 bytes a sentence), and on the text of claims'
// BenchmarkExtract/1MB.
func BenchmarkSplit(b *testing.B) {
	b.Run("1MB", func(b *testing.B) { benchmarkSplit(b, newsText(1<<20)) })
	b.Run("10MB", func(b *testing.B) { benchmarkSplit(b, newsText(10<<20)) })
	b.Run("dense-1MB", func(b *testing.B) { benchmarkSplit(b, denseText(1<<20)) })
	b.Run("extract-1MB", func(b *testing.B) { benchmarkSplit(b, extractText(b, 1<<20)) })
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
