package sentence

import (
	"math/rand/v2"
	"testing"
)

// skipPlain must stop exactly where a byte-by-byte walk over wordClass
// stops, passing single commas, for every start offset, whatever bytes
// follow.
func TestSkipPlainMatchesTable(t *testing.T) {
	alphabet := []byte("aZ09 -:;\t\n.,,,!?\"'`()[]\xc2\xc3\xe1\xe2\xe3\xef\x80\xa4\xff")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			if rng.IntN(3) == 0 {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[k] = "abcdefgh XYZ 0123"[rng.IntN(17)]
			}
		}
		src := string(b)
		checkSkipPlain(t, src)
	}
}

// Every byte value, alone or before a comma, at every position of the
// 8-byte steps.
func TestSkipPlainEveryByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 10; pos++ {
			for _, after := range []string{"", ",", "x"} {
				b := []byte("abcdefghijklmnopq")
				b[pos] = byte(c)
				src := string(b[:pos+1]) + after + string(b[pos+1:])
				checkSkipPlain(t, src)
			}
		}
	}
}

func checkSkipPlain(t *testing.T, src string) {
	t.Helper()
	for i := 0; i <= len(src); i++ {
		want := i
		for want < len(src) && (wordClass[src[want]] == plain || singleComma(src, want)) {
			want++
		}
		if got := skipPlain(src, i); got != want {
			t.Fatalf("skipPlain(%q, %d) = %d, want %d", src, i, got, want)
		}
	}
}

func singleComma(src string, i int) bool {
	return src[i] == ',' && (i+1 == len(src) || src[i+1] != ',')
}
