package sentence

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// randomWords strings together n words drawn from pieces that exercise the
// word tests: letters, umlauts, capitals, digits, inner periods, quotes,
// brackets, addresses, "str" endings and abbreviations.
func randomWords(rng *rand.Rand, n int) string {
	pieces := []string{
		"Haushalt", "wird", "sei", "Euro", "SEHEN", "Hauptstr", "Goethestr",
		"z", "B", "u", "a", "Dr", "Prof", "usw", "Mio", "U.S", "p.m", "Nr",
		"2026", "9", "IV", "XVI", "Vernunft“", "„Luftschlösser“", "(54)",
		"„Zeit“)", "'Sein'", "‚Abbild‘", "(Haushalt)", "„Dr“", "“", "”Kämmerer”",
		"presse@example", "www.example", "Straßenbahnlinie", "Kämmerer",
		"äöü", "ß", "×", "÷", "Ärzte", "15-Minuten-Takt", "x", "Co", "I",
	}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
		switch rng.IntN(4) {
		case 0:
			b.WriteString(". ")
		case 1:
			b.WriteString(".")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

// letterWordBefore must find the word that wordStart finds, and
// ordinaryWord must only claim words on which wordEnds, the full decision,
// ends the sentence too.
func TestLetterWordBeforeAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		src := randomWords(rng, 30)
		for _, lang := range []string{"de", "en"} {
			var s Scanner
			s.Init(src, lang)
			for i := 1; i < len(src); i++ {
				if src[i] != '.' {
					continue
				}
				s.start = rng.IntN(i)
				k := skipSpace(src, i+1)
				ws, letters := s.letterWordBefore(i)
				if ws < 0 || k >= len(src) {
					continue
				}
				if want := s.wordStart(i); ws != want {
					t.Errorf("letterWordBefore(%q, %d) from %d = %d, want %d", src, i, s.start, ws, want)
				}
				if want := trimWord(src[ws:i]); letters != want {
					t.Errorf("letterWordBefore(%q, %d) from %d has letters %q, want %q", src, i, s.start, letters, want)
				}
				if ordinaryWord(letters, s.german) && !s.wordEnds(i, k, ws) {
					t.Errorf("ordinaryWord(%q) is true, wordEnds is false in %q", letters, src)
				}
			}
		}
	}
}
