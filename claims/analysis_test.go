package claims

import (
	"strconv"
	"strings"
	"testing"
)

// parseNumberSlow is parseNumber as it was before its fast path: the
// number rewritten for ParseFloat.
func parseNumberSlow(w, lang string) (float64, bool) {
	thousands, decimal := byte('.'), byte(',')
	if lang == "en" {
		thousands, decimal = ',', '.'
	}
	var buf []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isDigit(c):
			buf = append(buf, c)
		case c == thousands && groupOfThree(w, i+1):
		case c == decimal || c == thousands:
			buf = append(buf, '.')
		default:
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(string(buf), 64)
	return v, err == nil
}

func TestParseNumberMatchesParseFloat(t *testing.T) {
	tests := []string{"", ".", ",", "0", "7", "007", "2,4", "1.000", "1.000,5", "12.5", "1,000.5",
		"3,8", "412", "999999999999999", "9999999999999999", "123456789012345678901234",
		"0,000000000000001", "1.2.3", "5.", ".5", "1,2,3", "0,1", "2.000.000"}
	tests = append(tests, randomTexts(1, 20000, 1, 20, bytePieces("0123456789.,,..9"))...)
	for _, w := range tests {
		for _, lang := range []string{"de", "en"} {
			got, gotOK := parseNumber(w, lang)
			want, wantOK := parseNumberSlow(w, lang)
			if got != want || gotOK != wantOK {
				t.Errorf("parseNumber(%q, %q) = %v, %v, want %v, %v", w, lang, got, gotOK, want, wantOK)
			}
		}
	}
}

func TestIsRoleMatchesSuffixList(t *testing.T) {
	slow := func(low string) bool {
		for _, s := range roleSuffixes {
			if len(low) >= 3 && strings.HasSuffix(low, s) {
				return true
			}
		}
		return false
	}
	tests := []string{"", "a", "in", "rat", "präsident", "außenministerin", "regierungssprecher",
		"ceo", "putin", "wladimir", "login", "chefs", "chef", "kapitän", "stadträtin", "markt"}
	for _, s := range roleSuffixes {
		tests = append(tests, s, "vize"+s, s[1:], s+"s", s[:len(s)-1])
	}
	tests = append(tests, randomTexts(3, 20000, 1, 12, bytePieces("abcdefghijklmnoprstuäöü"))...)
	for _, w := range tests {
		if got, want := isRole(w), slow(w); got != want {
			t.Errorf("isRole(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLeansOnFrame(t *testing.T) {
	slow := func(st string) bool {
		end := strings.IndexByte(st, ' ')
		return end > 0 && frameConjunctions.has(strings.ToLower(st[:end]))
	}
	tests := []string{"", " da", "da er", "Da er", "DA ER", "weil", "Weil es", "OBGLEICH sie", "Obgleichs x",
		"Although it", "İf it", "İF x", "Falls:", "Falls: x", "Sofern, x", "Die Stadt plant", "Ünd so",
		"abcdefghi j", "Zumal er", "\xff\xfe x", "„Wir sind", "Äh x", "da\xff x", "\u212aein x"}
	for w := range frameConjunctions {
		tests = append(tests, w+" x", strings.ToUpper(w)+" x", strings.ToUpper(w[:1])+w[1:]+" x")
	}
	for _, st := range tests {
		if got, want := leansOnFrame(st), slow(st); got != want {
			t.Errorf("leansOnFrame(%q) = %v, want %v", st, got, want)
		}
	}
}

func TestStemMatchesEndingList(t *testing.T) {
	slow := func(w string) string {
		for _, s := range []string{"en", "er", "es", "em", "e", "in", "s", "n"} {
			if strings.HasSuffix(w, s) && len(w)-len(s) >= 4 {
				return w[:len(w)-len(s)]
			}
		}
		return w
	}
	tests := []string{"", "e", "en", "chinesischer", "chinesische", "präsidenten", "ministerin", "xxxen", "xxxin",
		"xxxes", "xxxem", "xxxer", "xxxxen", "xxxxin", "xxxxe", "xxxxs", "xxxxn", "xxxxm", "xxxxr"}
	tests = append(tests, randomTexts(5, 20000, 0, 8, bytePieces("eeinrsmxä"))...)
	for _, w := range tests {
		if got, want := stem(w), slow(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestTrimHelpersMatchStrings(t *testing.T) {
	tests := []string{"", " ", "a", " a", "a ", "\ta\n", "Putin", "„Wir“", "\u00a0Putin", "Putin\u00a0", "\u0085x",
		"x\u2003", "sagte er.", "sagte er. ", "…,", "a, ,", "!;:", ". . .", "\xff", "Grün ", "ü"}
	tests = append(tests, randomTexts(7, 20000, 0, 7, bytePieces(" ,.!;:ab\tü\xa0\xc2"))...)
	for _, s := range tests {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
		for _, marks := range []string{".!;: ", ", "} {
			if got, want := trimMarks(s, marks), strings.TrimRight(s, marks); got != want {
				t.Errorf("trimMarks(%q, %q) = %q, want %q", s, marks, got, want)
			}
		}
	}
}
