package store

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSearch feeds arbitrary text to Search, which hands it to FTS5: no
// input may make it fail, and every snippet is valid text that marks a
// word of the hit.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{"Präsident", "\"", "*", "NEAR(a b)", "a OR", "title:x", "{text} : y", "ß", "-", "AND AND", "\x00", "\xff"} {
		f.Add(seed)
	}
	s := openTemp(f)
	importGerman(f, s)
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := s.Search(context.Background(), q, 5)
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		for _, h := range hits {
			if !utf8.ValidString(h.Snippet) || !strings.Contains(h.Snippet, "[") {
				t.Errorf("Search(%q) snippet %q", q, h.Snippet)
			}
		}
	})
}

func TestMarkMatches(t *testing.T) {
	tests := []struct {
		text, query, want string
	}{
		{"Der Präsident sprach.", "prasident", "Der [Präsident] sprach."},
		{"Die Straße ist lang.", "strasse", "Die [Straße] ist lang."},
		{"Die Strasse ist lang.", "straße", "Die [Strasse] ist lang."},
		{"Der größte Hafen.", "groesste", "Der [größte] Hafen."},
		{"eins zwei drei vier fünf sechs sieben acht Ziel neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn", "ziel",
			"…drei vier fünf sechs sieben acht [Ziel] neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn"},
		{"Kein Treffer hier.", "hafen", ""},
		{"Er sagte ja, im Januar.", "ja", "Er sagte [ja], im Januar."},
		{"Er sagte ja, im Januar.", "jan", "Er sagte ja, im [Januar]."},
	}
	for _, tt := range tests {
		got, _ := markMatches(tt.text, snippetTerms(tt.query))
		if got != tt.want {
			t.Errorf("markMatches(%q, %q) = %q, want %q", tt.text, tt.query, got, tt.want)
		}
	}
}
