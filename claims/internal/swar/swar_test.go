package swar

import (
	"strings"
	"testing"
)

// each byte value at each position of a word, against the plain definition
func TestByteAtEveryPosition(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("xxxxxxxx")
			b[pos] = byte(c)
			w := Load(string(b), 0)
			isAlnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
			if got := Alnum(w)>>(8*pos+7)&1 == 1; got != isAlnum {
				t.Errorf("Alnum(%q) at byte %d = %v, want %v", b, pos, got, isAlnum)
			}
			if want := pos; !isAlnum && Leading(Alnum(w)) != want {
				t.Errorf("Leading(Alnum(%q)) = %d, want %d", b, Leading(Alnum(w)), want)
			}
			if c < 0x80 {
				if got, want := byte(Lower(w)>>(8*pos)), strings.ToLower(string(rune(c)))[0]; got != want {
					t.Errorf("Lower(%q) at byte %d = %q, want %q", b, pos, got, want)
				}
				if got := inRange(w, '0', '9')>>(8*pos+7)&1 == 1; got != (c >= '0' && c <= '9') {
					t.Errorf("inRange(%q, '0', '9') at byte %d = %v", b, pos, got)
				}
			}
		}
	}
	if n := Leading(Alnum(Load("abcdefgh", 0))); n != 8 {
		t.Errorf("Leading(Alnum(%q)) = %d, want 8", "abcdefgh", n)
	}
}

func TestLoadLittleEndian(t *testing.T) {
	if got, want := Load("..12345678", 2), uint64(0x3837363534333231); got != want {
		t.Errorf("Load = %#x, want %#x", got, want)
	}
}
