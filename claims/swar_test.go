package claims

import (
	"reflect"
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

// lowerReference is lowerSameLength written byte by byte.
func lowerReference(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		c := s[i]
		b[i] = lowerTable[c]
		if c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9E && s[i+1] != 0x97 {
			b[i+1] = s[i+1] + 0x20
			i++
		}
	}
	return string(b)
}

func TestLowerSameLengthOffsets(t *testing.T) {
	for _, ins := range []string{"Ä", "\xff", "„", "ÿZ", "\xc3", "×A", "\xe2\x80", "\xed\xa0\x80", "\xe0\x80\x80", "€–…", "\xc2"} {
		for off := 0; off < 20; off++ {
			in := "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
			in = in[:off] + ins + in[off:]
			got, valid := lowerSameLength(in)
			if want := lowerReference(in); got != want || valid != utf8.ValidString(in) {
				t.Errorf("lowerSameLength(%q) = %q, %v, want %q, %v", in, got, valid, want, utf8.ValidString(in))
			}
		}
	}
}

func TestPairQuotes(t *testing.T) {
	tests := []struct {
		text    string
		english bool
		want    []string
	}{
		{"Er sagte: „Wir kommen.“ Dann ging er.", false, []string{"„Wir kommen.“"}},
		{"»Ja«, sagte sie, \"gut\" und „nein“.", false, []string{"»Ja«", "\"gut\"", "„nein“"}},
		{"„offen\nzu“ bleibt offen", false, nil},
		{"He said “yes” and “no”.", true, []string{"“yes”", "“no”"}},
		{"Preis: 5 € – „billig“ – ÄÖÜ «x»", false, []string{"„billig“"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range pairQuotes(tt.text, tt.english) {
			got = append(got, tt.text[q.Start:q.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("pairQuotes(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestPrefixList(t *testing.T) {
	l := newPrefixList("lesen sie auch", "foto:", "©", "ich finde")
	tests := []struct {
		s    string
		want bool
	}{
		{"lesen sie auch: mehr", true}, {"lesen sie", false}, {"foto: dpa", true}, {"fotos", false},
		{"© 2024", true}, {"ich finde das gut", true}, {"ich fand", false}, {"", false}, {"l", false},
	}
	for _, tt := range tests {
		if got := l.match(tt.s); got != tt.want {
			t.Errorf("match(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestAddKeepsEveryField checks that extractor.add, which copies a found
// claim field by field, keeps every field: a field added to Found must be
// copied there too.
func TestAddKeepsEveryField(t *testing.T) {
	var in Found
	v := reflect.ValueOf(&in).Elem()
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString("x" + name)
		case reflect.Int, reflect.Int64:
			f.SetInt(int64(i))
		case reflect.Float64:
			f.SetFloat(0.5)
		case reflect.Bool:
			f.SetBool(true)
		default:
			t.Fatalf("Found.%s: a field of kind %s; copy it in extractor.add and teach this test its kind", name, f.Kind())
		}
	}
	in.Kind, in.Start, in.End = KindFact, 1, 3
	x := newExtractor("some text", Options{Language: "de"})
	x.out.Claims = make([]Found, 0, 1)
	for range 2 { // into spare capacity, then by growing the slice
		c := in
		x.add(&c)
	}
	for i, got := range x.out.Claims {
		if !reflect.DeepEqual(got, in) {
			t.Errorf("add: claim %d = %+v, want %+v", i, got, in)
		}
	}
}
