package claims

import (
	"math/rand/v2"
	"strings"
)

// randomTexts returns n texts of min to max pieces each, drawn from pieces
// by a generator seeded with seed, so that a failure repeats. The
// equivalence tests feed them to a fast path and to the rule it replaces.
func randomTexts(seed uint64, n, min, max int, pieces []string) []string {
	r := rand.New(rand.NewPCG(seed, seed+1))
	texts := make([]string, n)
	var b strings.Builder
	for i := range texts {
		b.Reset()
		for range min + r.IntN(max-min+1) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts[i] = b.String()
	}
	return texts
}

// bytePieces splits s into its bytes, each a piece for randomTexts: texts
// made of them break multi-byte characters too.
func bytePieces(s string) []string {
	pieces := make([]string, len(s))
	for i := range pieces {
		pieces[i] = s[i : i+1]
	}
	return pieces
}
