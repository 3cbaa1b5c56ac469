package claims

import (
	"strings"
	"testing"
)

func FuzzExtract(f *testing.F) {
	f.Add("Der Minister Paul Kühn (61) sagte: „Das ist falsch.“ Ende", "de")
	f.Add("\"I love cats!\" insists Burton. \"I absolutely do.\"", "en")
	f.Add("SEHEN. Im Mai sagte sie, „es sei gut", "")
	f.Add("„„„“““ » « \" \" “ ” (71) (2019) 71-Jährige , 52,", "auto")
	f.Add("Laut\nnach Angaben\nzufolge, so er.", "de")
	f.Fuzz(func(t *testing.T, text, lang string) {
		ex := Extract(text, Options{Language: lang})
		checkInvariants(t, text, ex)
		for i := 1; i < len(ex.Claims); i++ {
			if ex.Claims[i].Start < ex.Claims[i-1].Start {
				t.Fatalf("Extract(%q): claims out of order at %d", text, i)
			}
		}
	})
}

// TestExtractLongLine runs Extract on 10 MB lines without sentence ends,
// full of cues, quotations and numbers: it must finish (the work stays
// linear) and keep its spans inside the text.
func TestExtractLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB input")
	}
	for _, unit := range []string{
		"wort Wort „zitat ",
		"sagte Anna Weber, die Lage sei „sehr ernst“ und 12 Prozent laut Polizei, ",
	} {
		text := strings.Repeat(unit, 10<<20/len(unit))
		ex := Extract(text, Options{Language: "de"})
		checkInvariants(t, text, ex)
		if len(ex.Sentences) == 0 || len(ex.Claims) == 0 {
			t.Errorf("Extract(10 MB line of %q) = %d sentences, %d claims, want some", unit, len(ex.Sentences), len(ex.Claims))
		}
	}
}
