package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// random text heavy with Latin-1 letters, broken sequences and other
// characters, against lowerReference
func TestLowerSameLengthRandom(t *testing.T) {
	pieces := []string{"A", "z", "Q", " ", "Ä", "ö", "Ü", "ß", "×", "÷", "é", "É", "ÿ", "Þ", "\xc3", "\x80",
		"\xbf", "\xc3\xc3", "„", "“", "–", "€", "\xff", "Straße", "ÄRGER"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		in := b.String()
		got, valid := lowerSameLength(in)
		if want := lowerReference(in); got != want || valid != utf8.ValidString(in) {
			t.Fatalf("lowerSameLength(%q) = %q, %v, want %q, %v", in, got, valid, want, utf8.ValidString(in))
		}
	}
}
