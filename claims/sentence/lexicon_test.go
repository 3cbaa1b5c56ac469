package sentence

import (
	"strings"
	"testing"
)

// Every abbreviation of the lexicons must be found in any capitalisation,
// with its kind, and the keys must stay unambiguous.
func TestAbbreviationKind(t *testing.T) {
	if maxAbbrev >= 8 {
		t.Fatalf("maxAbbrev = %d, want below 8 for abbrevKey", maxAbbrev)
	}
	used := 0
	for _, e := range abbreviations {
		if e.key != 0 {
			used++
		}
	}
	if used > len(abbreviations)/2 {
		t.Errorf("abbreviations holds %d keys in %d slots, want at most half full", used, len(abbreviations))
	}
	for kind, words := range abbreviationLists {
		for _, w := range words {
			for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if got := abbreviationKind(form); got&kind == 0 {
					t.Errorf("abbreviationKind(%q) = %b, want the bit %b", form, got, kind)
				}
			}
		}
	}
	for _, w := range []string{"", "d", "Haus", "z.", "z.b.", "ab\x00", "u.s.a.x", "Einkommen"} {
		if got := abbreviationKind(w); got != 0 {
			t.Errorf("abbreviationKind(%q) = %b, want 0", w, got)
		}
	}
}
