package sentence

import "testing"

// FuzzSplit checks Split's contract on any input, invalid UTF-8 included:
// no panic, spans inside the text, in order, not overlapping, not empty,
// trimmed of white space, and nothing but white space left out.
func FuzzSplit(f *testing.F) {
	for _, cases := range [][]splitCase{germanCases, englishCases, edgeCases, asideCases} {
		for _, c := range cases {
			f.Add(c.text, "de")
		}
	}
	f.Add("„Offen. Nie geschlossen", "en")
	f.Add("(((( [[[[ \"\"\"\" ''''", "")
	f.Add("a.Ba.Ba.B 1. 2. 3. a) b) c) • • ⁃", "")
	f.Add("\xff\xfe. \xe2\x80. \xe2\x80\x9e\xc2", "de")
	f.Fuzz(func(t *testing.T, text, lang string) {
		if msg := checkSpans(text, Split(text, lang)); msg != "" {
			t.Errorf("Split(%q, %q): %s", text, lang, msg)
		}
	})
}
