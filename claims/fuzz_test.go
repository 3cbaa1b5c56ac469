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

// TestExtractLongLine runs Extract on a 10 MB line without punctuation: it
// must finish and keep its spans inside the text.
func TestExtractLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB input")
	}
	text := strings.Repeat("wort Wort „zitat ", 10<<20/17)
	ex := Extract(text, Options{Language: "de"})
	checkInvariants(t, text, ex)
	if len(ex.Sentences) == 0 {
		t.Errorf("Extract(10 MB line) = no sentences")
	}
}
