package claims

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// referenceTokens tokenizes text[start:end] one token at a time with the
// general rules (scanWord, wordToken and a flag look-up in low), which
// tokenize's fast path must agree with.
func referenceTokens(text, low string, start, end int, english bool, tab *flagTable) ([]token, tally) {
	var toks []token
	var sum tally
	for i := start; i < end; {
		c := text[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		}
		word := c < utf8.RuneSelf && asciiAlnum[c] || c >= utf8.RuneSelf && isLetterRune(r, n) &&
			r != '„' && r != '»' && r != '“' && r != '”' && r != '«' && r != '–' && r != '—' && !isSpaceRune(r)
		if word {
			j := scanWord(text, i, end)
			t := wordToken(text, i, j)
			if t.kind == tWord {
				t.f = tab.get(low, i, j)
			}
			sum.count(&t)
			toks = append(toks, t)
			i = j
			continue
		}
		t := token{start: i, end: i + n, kind: tPunct}
		switch {
		case isSpaceRune(r):
			i += n
			continue
		case r == '"':
			t.kind = tQuoteAmb
		case r == '-' || r == '–' || r == '—':
			t.kind = tDash
		case r == '„' || r == '»' || r == '“' && english:
			t.kind = tQuoteOpen
		case r == '“' || r == '”' || r == '«':
			t.kind = tQuoteClose
		}
		toks = append(toks, t)
		i += n
	}
	return toks, sum
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v' || r >= utf8.RuneSelf && strings.TrimSpace(string(r)) == ""
}

// checkTokenize compares tokenize with referenceTokens on text[start:end].
func checkTokenize(t *testing.T, text string, start, end int, english bool) {
	t.Helper()
	low, _ := lowerSameLength(text)
	lex := lexiconFor("de")
	if english {
		lex = lexiconFor("en")
	}
	got, gotSum := tokenize(make([]token, 0, 2), text, low, start, end, english, &lex.table)
	want, wantSum := referenceTokens(text, low, start, end, english, &lex.table)
	if gotSum != wantSum {
		t.Errorf("tokenize(%q) tally = %+v, want %+v", text[start:end], gotSum, wantSum)
	}
	for _, g := range got {
		// quantities relies on these instead of asking the kind
		if g.kind != tWord && g.f != 0 || g.kind == tNum && !g.digitLead {
			t.Fatalf("tokenize(%q) token %+v %q: flags on a token that is no word, or a number without digitLead", text[start:end], g, text[g.start:g.end])
		}
	}
	for k := range max(len(got), len(want)) {
		if k >= len(got) || k >= len(want) || got[k] != want[k] {
			var g, w token
			if k < len(got) {
				g = got[k]
			}
			if k < len(want) {
				w = want[k]
			}
			t.Fatalf("tokenize(%q) token %d = %+v %q, want %+v %q", text[start:end], k, g, text[g.start:g.end], w, text[w.start:w.end])
		}
	}
}

func TestTokenizeTable(t *testing.T) {
	for _, s := range []string{
		"Der Bundeskanzler sagte am Montag in Berlin, die USA und die EU seien sich einig.",
		"Die NATO-Staaten, CCTV und AfD: el-Baradei, al-Sadr und O'Neill kamen.",
		"Staats- und Regierungschefs zahlten 2,4 Mio. Euro für 1.000 Tests à 12.5 Dollar.",
		"71-Jährige, G7-Gipfel, A380 und Übergröße; „Zitat“ – »Ja« \"gut\" — Ende!",
		"He said “yes” and “no”: the spokesman's statement, according to Reuters.",
		"Ein Wort mit Ümlaut am Anfang, ÄRGER, ärgerlich, straße und Straße.",
		"Unabhängigkeitserklärungen Donaudampfschifffahrtsgesellschaft Regierungssprecherin",
		"ABCDEFGH abcdefgh ABCDEFGHIJKLMNOP abcdefghijklmno Abcdefghijklmnop x",
		"bad \xff byte\xc3 and \xe2\x80 cut\x00ctrl\x15ctrl",
	} {
		for _, english := range []bool{false, true} {
			checkTokenize(t, s, 0, len(s), english)
			checkTokenize(t, s+strings.Repeat(" ", 20), 0, len(s), english)
			checkTokenize(t, s+s, 3, len(s)+7, english)
		}
		// over 4096 bytes: tokenize grows its buffer on the way
		long := strings.Repeat(s+" ", 60)
		checkTokenize(t, long, 0, len(long), false)
	}
}

// random strings of ASCII letters, digits, joiners, spaces and a few other
// characters, against the reference
func TestTokenizeRandom(t *testing.T) {
	pieces := []string{"a", "B", "z", "Z", "e", "x", "7", "0", " ", " ", " ", "-", "'", ".", ",", ";", "\"",
		"ä", "Ü", "ß", "’", "„", "“", "”", "–", "—", "»", "«", "\u2009", "…", "\n", "\xff", "sagte", "Berlin", "NATO", "die", "der", "und",
		"Regierungssprecher", "Bundesregierung", "laut", "Präsident", "el-", "al", "US-", "STRAßE", "ÄRGER", "2,4", "1.000"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		start := 0
		if len(s) > 0 {
			start = rng.IntN(len(s))
		}
		end := start
		if len(s) > start {
			end += rng.IntN(len(s) - start + 1)
		}
		checkTokenize(t, s, start, end, rng.IntN(2) == 0)
	}
}

// the corpus texts, in overlapping windows, against the reference
func TestTokenizeCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	lines, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.jsonl"))
	if len(files)+len(lines) == 0 {
		t.Skip("corpus not found")
	}
	for _, f := range append(files, lines...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for start := 0; start < len(text); start += 200 {
			checkTokenize(t, text, start, min(start+300, len(text)), strings.Contains(f, "en."))
		}
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("Die NATO-Staaten, el-Baradei und O'Neill zahlten 2,4 Mio. Euro „für“ ÄRGER – ß.", uint16(0), uint16(200), false)
	f.Add("He said “yes” — 1.000 times: SEHEN\xff\xc3 Übergröße", uint16(3), uint16(40), true)
	f.Fuzz(func(t *testing.T, text string, a, b uint16, english bool) {
		start, end := int(a), int(b)
		if start > end || end > len(text) {
			return
		}
		checkTokenize(t, text, start, end, english)
	})
}
