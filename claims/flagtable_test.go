package claims

import (
	"math/rand/v2"
	"testing"
)

// TestFlagTable checks the table, filter included, against the map it is
// built from: every word gets its flags, words outside get 0, at every
// length up to and past the 16 bytes that short decides alone.
func TestFlagTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const letters = "abcdefghijklmnopqrstuvwxyzäöüß-"
	randomWord := func() string {
		b := make([]rune, 1+rng.IntN(20))
		for i := range b {
			b[i] = []rune(letters)[rng.IntN(len([]rune(letters)))]
		}
		return string(b)
	}
	m := map[string]uint32{"der": fDet, "laut": fSource, "handelspartner": fTrade, "bundesverfassungsgericht": fGroup}
	for len(m) < 1500 {
		m[randomWord()] = 1 + rng.Uint32N(1<<20)
	}
	tab := newFlagTable(m)
	for w, f := range m {
		if got := tab.get(w, 0, len(w)); got != f {
			t.Errorf("get(%q) = %#x, want %#x", w, got, f)
		}
		// the same word inside a longer text, as tokenize looks it up
		text := "Am " + w + " und"
		if got := tab.get(text, 3, 3+len(w)); got != f {
			t.Errorf("get(%q, 3, %d) = %#x, want %#x", text, 3+len(w), got, f)
		}
	}
	for range 20000 {
		w := randomWord()
		if got := tab.get(w, 0, len(w)); got != m[w] {
			t.Errorf("get(%q) = %#x, want %#x", w, got, m[w])
		}
	}
}
