package quietlocale

import (
	"os"
	"testing"
)

func TestQuiet(t *testing.T) {
	for _, tc := range []struct{ lcAll, lang, language, want string }{
		{"", "C.UTF-8", "", "en"},
		{"", "POSIX.UTF-8", "", "en"},
		{"C.UTF-8", "de_DE.UTF-8", "", "en"},
		{"", "C", "", ""}, // go-locale reads plain "C" without complaint
		{"", "de_DE.UTF-8", "", ""},
		{"", "C.UTF-8", "fr", "fr"},
		{"", "", "", ""},
	} {
		t.Setenv("LC_ALL", tc.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tc.lang)
		t.Setenv("LANGUAGE", tc.language)
		quiet()
		if got := os.Getenv("LANGUAGE"); got != tc.want {
			t.Errorf("quiet() with LC_ALL=%q LANG=%q LANGUAGE=%q set LANGUAGE=%q, want %q",
				tc.lcAll, tc.lang, tc.language, got, tc.want)
		}
	}
}
