package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPartFilterRemove checks that a filter kept up by add and remove has
// the bits of one built afresh from the words still in it, over random
// sequences that add and forget people as remember does.
func TestPartFilterRemove(t *testing.T) {
	vocab := []string{"Anna", "Weber", "Xi", "Jinping", "Olaf", "Scholz", "von", "der", "Leyen", "Putin", "Wladimir", "Ursula"}
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 50 {
		var f partFilter
		var people [][]string
		for step := range 200 {
			if len(people) > 0 && rng.IntN(3) == 0 {
				k := rng.IntN(len(people))
				f.remove(people[k])
				people = append(people[:k], people[k+1:]...)
			} else {
				name := make([]string, 1+rng.IntN(3))
				for i := range name {
					name[i] = vocab[rng.IntN(len(vocab))]
				}
				f.add(name)
				people = append(people, name)
			}
			var want partFilter
			for _, name := range people {
				want.add(name)
			}
			if f.bits != want.bits {
				t.Fatalf("run %d, step %d: bits of %v differ from a filter built afresh", run, step, people)
			}
		}
	}
}

// TestPartFilterSaturated checks that a bit whose count saturated stays
// set: the filter may keep a word that is gone, never lose one that is in.
func TestPartFilterSaturated(t *testing.T) {
	var f partFilter
	for range 300 {
		f.add([]string{"Putin"})
	}
	for range 299 {
		f.remove([]string{"Putin"})
	}
	if !f.mayHave("Putin") {
		t.Errorf("mayHave(%q) = false after 300 adds and 299 removes, want true", "Putin")
	}
	var g partFilter
	g.add([]string{"Putin"})
	g.add([]string{"Putin"})
	g.remove([]string{"Putin"})
	if !g.mayHave("Putin") {
		t.Errorf("mayHave(%q) = false after 2 adds and 1 remove, want true", "Putin")
	}
	g.remove([]string{"Putin"})
	if g.mayHave("Putin") {
		t.Errorf("mayHave(%q) = true after 2 adds and 2 removes, want false", "Putin")
	}
}

// TestDescFits checks descFits against its definition on random stems from
// a small alphabet, so that suffixes and equal strings are frequent.
func TestDescFits(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	stem := func() string {
		b := make([]byte, rng.IntN(9))
		for i := range b {
			b[i] = "ainst"[rng.IntN(5)]
		}
		return string(b)
	}
	for range 100000 {
		a, b := stem(), stem()
		if rng.IntN(3) == 0 {
			b = a[rng.IntN(len(a)+1):]
		}
		want := a == b || len(a) >= 5 && len(b) >= 5 && (strings.HasSuffix(a, b) || strings.HasSuffix(b, a))
		if got := descFits(a, b); got != want {
			t.Fatalf("descFits(%q, %q) = %v, want %v", a, b, got, want)
		}
	}
}
