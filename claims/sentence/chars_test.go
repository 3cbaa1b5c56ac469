package sentence

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTrimWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"(3)", "3"},
		{"„Zeit“", "Zeit"},
		{"N°", "N"},
		{"U.S", "U.S"},
		{"...", ""},
		{"", ""},
	} {
		if got := trimWord(c.in); got != c.want {
			t.Errorf("trimWord(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLower(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Z.B", "z.b"},
		{"Ä", "ä"},
		{"ÖL", "öl"},
		{"×", "×"},
		{"Mär", "mär"},
	} {
		if got := string(lower(nil, c.in)); got != c.want {
			t.Errorf("lower(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseItem(t *testing.T) {
	for _, c := range []struct {
		in   string
		want listItem
		ok   bool
	}{
		{"1. Die", listItem{kind: 'n', value: 1, end: 2}, true},
		{"12.) The", listItem{kind: 'n', value: 12, paren: true, end: 4}, true},
		{"b) two", listItem{kind: 'a', value: 'b', paren: true, end: 2}, true},
		{"(iv) x", listItem{kind: 'r', value: 4, paren: true, end: 4}, true},
		{"A) x", listItem{kind: 'A', value: 'A', paren: true, end: 2}, true},
		{"Q. What", listItem{}, false},
		{"1.000 Euro", listItem{}, false},
		{"Die Lage", listItem{}, false},
		{"2023. Das", listItem{}, false},
		{"(a", listItem{}, false},
	} {
		got, ok := parseItem(c.in, 0)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("parseItem(%q) = %+v, %v; want %+v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// isSpace must agree with unicode.IsSpace on every rune.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// spaceAt and spaceBefore must agree with decoding the rune, at every
// offset of text with ASCII, Latin-1 and wider white space and invalid
// UTF-8.
func TestSpaceAtBefore(t *testing.T) {
	src := "a b\tc\u00a0d\u2009e\u3000f\u0085„g“\xe2\x80 \xff\n"
	for i := 0; i <= len(src); i++ {
		r, n := utf8.DecodeRuneInString(src[i:])
		if got, want := spaceAt(src, i), n > 0 && unicode.IsSpace(r); got != want {
			t.Errorf("spaceAt(%q, %d) = %v, want %v", src, i, got, want)
		}
		r, n = utf8.DecodeLastRuneInString(src[:i])
		if got, want := spaceBefore(src, i), n > 0 && unicode.IsSpace(r); got != want {
			t.Errorf("spaceBefore(%q, %d) = %v, want %v", src, i, got, want)
		}
	}
}

// isAlnum must agree with unicode.IsLetter and unicode.IsDigit on every
// rune.
func TestIsAlnum(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := isAlnum(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("isAlnum(%U) = %v, want %v", r, got, want)
		}
	}
}

// decodeAt must agree with utf8.DecodeRuneInString on every three bytes
// after E2 80, cut short or not.
func TestDecodeAt(t *testing.T) {
	for c := 0; c < 256; c++ {
		for _, tail := range []string{"", "x", "\x80"} {
			src := "a\xe2\x80" + string([]byte{byte(c)}) + tail
			for i := 0; i < len(src); i++ {
				r, n := decodeAt(src, i)
				wr, wn := utf8.DecodeRuneInString(src[i:])
				if r != wr || n != wn {
					t.Errorf("decodeAt(%q, %d) = %U, %d, want %U, %d", src, i, r, n, wr, wn)
				}
			}
		}
	}
}
