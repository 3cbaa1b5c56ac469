package claims

import (
	"testing"
	"unicode/utf8"
)

// random text heavy with Latin-1 letters, broken sequences and other
// characters, against lowerReference
func TestLowerSameLengthRandom(t *testing.T) {
	pieces := []string{"A", "z", "Q", " ", "Ä", "ö", "Ü", "ß", "×", "÷", "é", "É", "ÿ", "Þ", "\xc3", "\x80",
		"\xbf", "\xc3\xc3", "„", "“", "–", "€", "\xff", "Straße", "ÄRGER"}
	for _, in := range randomTexts(3, 20000, 0, 29, pieces) {
		got, valid := lowerSameLength(in)
		if want := lowerReference(in); got != want || valid != utf8.ValidString(in) {
			t.Fatalf("lowerSameLength(%q) = %q, %v, want %q, %v", in, got, valid, want, utf8.ValidString(in))
		}
	}
}
