package claims

import (
	"strings"
	"testing"
)

func TestLowerSameLength(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"ABC", "abc"},
		{"Hello World, AZaz@[`{ 0129", "hello world, azaz@[`{ 0129"},
		{"ÄÖÜ und ÀÉ bleiben gleich lang: STRASSE ß", "äöü und àé bleiben gleich lang: strasse ß"},
		{"Übergröße × ÷ \xc3", "übergröße × ÷ \xc3"},
		{strings.Repeat("Mixed CASE Text ", 5) + "Ü", strings.Repeat("mixed case text ", 5) + "ü"},
	}
	for _, tt := range tests {
		if got := lowerSameLength(tt.in); got != tt.want {
			t.Errorf("lowerSameLength(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// every ASCII byte at every offset of an 8-byte word
	for c := 0; c < 0x80; c++ {
		for off := 0; off < 8; off++ {
			in := []byte("xxxxxxxxxxxxxxxx")
			in[off] = byte(c)
			if got, want := lowerSameLength(string(in)), strings.ToLower(string(in)); got != want {
				t.Errorf("lowerSameLength(%q) = %q, want %q", in, got, want)
			}
		}
	}
}

func TestSwarHasByte(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		for off := 0; off < 8; off++ {
			in := []byte("abcdefgh")
			in[off] = byte(c)
			w := swarLoad(string(in), 0)
			for _, probe := range []byte{'\n', '"', 'a', 0} {
				if got, want := swarHasByte(w, probe), strings.IndexByte(string(in), probe) >= 0; got != want {
					t.Errorf("swarHasByte(%q, %q) = %v, want %v", in, probe, got, want)
				}
			}
		}
	}
}

func TestFlagTable(t *testing.T) {
	m := map[string]uint32{"der": 1, "die": 2, "angaben": 4, "handelspartner": 8, "zwölf": 16,
		"staatsanwaltschaft": 32, "staatsanwaltschaften": 64, "a": 128}
	tab := newFlagTable(m)
	text := "xx der die angaben handelspartner zwölf staatsanwaltschaft staatsanwaltschaften a dies derr handelspartne staatsanwaltschafx y"
	for _, w := range strings.Fields(text) {
		s := strings.Index(text, " "+w+" ") + 1
		if s == 0 {
			s = strings.LastIndex(text, " "+w) + 1
		}
		if got, want := tab.get(text, s, s+len(w)), m[w]; got != want {
			t.Errorf("get(%q) in text = %d, want %d", w, got, want)
		}
		if got, want := tab.get(w, 0, len(w)), m[w]; got != want {
			t.Errorf("get(%q) = %d, want %d", w, got, want)
		}
	}
}
