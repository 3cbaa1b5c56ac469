package claims

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLowerSameLength(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"ABC", "abc"},
		{"Hello World, AZaz@[`{ 0129", "hello world, azaz@[`{ 0129"},
		{"ÄÖÜ und ÀÉ bleiben gleich lang: STRASSE ß", "äöü und àé bleiben gleich lang: strasse ß"},
		{"Übergröße × ÷ \xc3", "übergröße × ÷ \xc3"},
		{"bad \xff byte and \xe2\x80 cut", "bad \xff byte and \xe2\x80 cut"},
		{"„Zitat“ – ÄRGER", "„zitat“ – ärger"},
		{strings.Repeat("Mixed CASE Text ", 5) + "Ü", strings.Repeat("mixed case text ", 5) + "ü"},
	}
	for _, tt := range tests {
		got, valid := lowerSameLength(tt.in)
		if got != tt.want || valid != utf8.ValidString(tt.in) {
			t.Errorf("lowerSameLength(%q) = %q, %v, want %q, %v", tt.in, got, valid, tt.want, utf8.ValidString(tt.in))
		}
	}
	// every ASCII byte at every offset of an 8-byte word
	for c := 0; c < 0x80; c++ {
		for off := 0; off < 8; off++ {
			in := []byte("xxxxxxxxxxxxxxxx")
			in[off] = byte(c)
			if got, _ := lowerSameLength(string(in)); got != strings.ToLower(string(in)) {
				t.Errorf("lowerSameLength(%q) = %q, want %q", in, got, strings.ToLower(string(in)))
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

func TestScanWordRuns(t *testing.T) {
	// ASCII bytes other than the joiners stop a word where they stand
	for c := 0; c < 0x80; c++ {
		if c == '-' || c == '\'' || c == '.' || c == ',' {
			continue
		}
		for off := 0; off < 12; off++ {
			in := []byte("aZ09mQx5bYc7 tail")
			in[off] = byte(c)
			want := 0
			for want < len(in) && asciiAlnum[in[want]] {
				want++
			}
			if got := scanWord(string(in), 0, len(in)); got != want {
				t.Errorf("scanWord(%q) = %d, want %d", in, got, want)
			}
		}
	}
}
