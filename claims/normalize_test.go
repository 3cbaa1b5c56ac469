package claims

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		warn string // substring of the joined warnings; "" means no warnings
	}{
		{"clean", "Müller sagte, die Brücke sei marode.", "Müller sagte, die Brücke sei marode.", ""},
		{"final newline", "Die Brücke.\n", "Die Brücke.", ""},
		{"crlf", "Titel\r\n\r\nMüller sagte.\r\n", "Titel\n\nMüller sagte.", ""},
		{"cr", "Titel\rMüller sagte.", "Titel\nMüller sagte.", ""},
		{"cr cr lf", "a\r\r\nb", "a\n\nb", ""},
		{"line separators", "a\u2028b\u2029c\u0085d\fe\vf", "a\nb\nc\nd\ne\nf", ""},
		{"trailing space", "Müller \t\nsagte\u00a0\u3000\nes", "Müller\nsagte\nes", ""},
		{"indent kept", "  Müller\n\tsagte", "  Müller\n\tsagte", ""},
		{"soft wrap joined", "Andere \nFischsorten weisen einen hohen Gehalt \nauf, heißt es \n(Seite 3).", "Andere Fischsorten weisen einen hohen Gehalt auf, heißt es (Seite 3).", ""},
		{"soft wrap over crlf", "Die Stadt \r\nplant", "Die Stadt plant", ""},
		{"markdown break kept", "Hauptstraße 5  \nRostock", "Hauptstraße 5\nRostock", ""},
		{"period keeps break", "Die Stadt plant. \nDer Rat", "Die Stadt plant.\nDer Rat", ""},
		{"hyphen keeps break", "Schwanger- \nschaft", "Schwanger-\nschaft", ""},
		{"bullet keeps break", "Liste \n• erstens", "Liste\n• erstens", ""},
		{"blank line keeps break", "Titel \n\nText", "Titel\n\nText", ""},
		{"lone cr keeps break", "Titel \rText", "Titel\nText", ""},
		{"blank lines at ends", "\n \n\nMüller\n\n\nsagte\n \n\t\n", "Müller\n\n\nsagte", ""},
		{"utf-8 bom", "\xef\xbb\xbfBrücke", "Brücke", ""},
		{"inner feff", "Brü\ufeffcke", "Brücke", ""},
		{"soft hyphens", "Bundes\u00adregierung und Verkehrs\u200bminister\u2060in", "Bundesregierung und Verkehrsministerin", ""},
		{"decomposed umlauts", "Mu\u0308ller, Bru\u0308cke, Stra\u00dfe", "Müller, Brücke, Straße", ""},
		{"nfc after dropped control", "Mu\x01\u0308ller sagte es", "Müller sagte es", "removed 1 control"},
		{"utf-16le bom", "\xff\xfeM\x00\xfc\x00l\x00l\x00e\x00r\x00", "Müller", "UTF-16LE (byte-order mark)"},
		{"utf-16be bom", "\xfe\xff\x00M\x00\xfc\x00l\x00l\x00e\x00r", "Müller", "UTF-16BE (byte-order mark)"},
		{"utf-16le guessed", "B\x00r\x00\xfc\x00c\x00k\x00e\x00", "Brücke", "UTF-16LE (guessed"},
		{"utf-16be guessed", "\x00B\x00r\x00\xfc\x00c\x00k\x00e", "Brücke", "UTF-16BE (guessed"},
		{"utf-16 surrogate pair", "\xff\xfe\x3d\xd8\x00\xdeH\x00i\x00", "😀Hi", "UTF-16LE"},
		{"utf-16 lone surrogate", "\xff\xfeH\x00\x3d\xd8i\x00", "H\ufffdi", "1 invalid UTF-16"},
		{"utf-16 odd length", "\xff\xfeH\x00i\x00!", "Hi\ufffd", "1 invalid UTF-16"},
		{"windows-1252", "M\xfcller sagte, die Br\xfccke sei \x84marode\x93 \x96 Stra\xdfe", "Müller sagte, die Brücke sei „marode“ – Straße", "Windows-1252"},
		{"windows-1252 euro", "Kosten: 12 \x80", "Kosten: 12 €", "Windows-1252"},
		{"windows-1252 undefined byte", "Gr\xfc\xdfe \x81", "Grüße \ufffd", "1 byte(s) undefined"},
		{"damaged utf-8", "Brücke über die Spree \xc3", "Brücke über die Spree \ufffd", "replaced 1 invalid UTF-8"},
		{"damaged utf-8 mid", "Müller \xe2\x80 Brücke", "Müller \ufffd\ufffd Brücke", "replaced 2 invalid UTF-8"},
		{"stray nul late", strings.Repeat("Die Brücke ist marode. ", 400) + "\x00Ende", strings.Repeat("Die Brücke ist marode. ", 400) + "Ende", "removed 1 control"},
		{"escape removed", "\x1b[1mFett\x1b[0m ist der Titel der Meldung", "[1mFett[0m ist der Titel der Meldung", "removed 2 control"},
		{"c1 control removed", "Br\u0090ücke und Spree und Havel", "Brücke und Spree und Havel", "removed 1 control"},
		{"pdf word in text", "Das %PDF-Format ist alt.", "Das %PDF-Format ist alt.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warnings, err := Normalize([]byte(tt.in))
			if err != nil {
				t.Fatalf("Normalize(%q) error %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			joined := strings.Join(warnings, "; ")
			if tt.warn == "" && len(warnings) > 0 {
				t.Errorf("Normalize(%q) warnings = %q, want none", tt.in, warnings)
			}
			if tt.warn != "" && !strings.Contains(joined, tt.warn) {
				t.Errorf("Normalize(%q) warnings = %q, want one containing %q", tt.in, warnings, tt.warn)
			}
			checkCanonical(t, tt.in, got)
		})
	}
}

// TestNormalizeFiles reads the same German article saved in several
// encodings and line-ending conventions; all must come out as want.golden.
func TestNormalizeFiles(t *testing.T) {
	dir := filepath.Join("testdata", "normalize")
	want, err := os.ReadFile(filepath.Join(dir, "want.golden"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "article.*.txt"))
	if err != nil || len(files) < 8 {
		t.Fatalf("found %d fixtures (%v), want 8", len(files), err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		got, warnings, err := Normalize(raw)
		if err != nil {
			t.Errorf("Normalize(%s) error %v", file, err)
			continue
		}
		if got != string(want) {
			t.Errorf("Normalize(%s) = %q, want %q", file, got, want)
		}
		t.Logf("%s: warnings %q", filepath.Base(file), warnings)
	}
}

// TestNormalizeCorpus checks that the project's sample article, pasted from
// a web page, is already canonical: its gold spans must stay valid.
func TestNormalizeCorpus(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "articles", "putin-xi-call.de.txt"))
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("corpus not found")
	}
	if err != nil {
		t.Fatal(err)
	}
	got, warnings, err := Normalize(raw)
	if err != nil || got != string(raw) || len(warnings) > 0 {
		t.Errorf("Normalize(putin-xi-call.de.txt) changed the text: %d → %d bytes, %q, %v", len(raw), len(got), warnings, err)
	}
}

func TestNormalizeRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"spaces", []byte(" \t \u00a0"), ErrEmpty},
		{"blank lines", []byte("\r\n\n  \n\t\r"), ErrEmpty},
		{"bom only", []byte("\xef\xbb\xbf\n"), ErrEmpty},
		{"utf-16 spaces", []byte("\xff\xfe \x00\n\x00"), ErrEmpty},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), ErrBinary},
		{"pdf after blank line", []byte("\n  %PDF-1.4 text"), ErrBinary},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary},
		{"docx", []byte("PK\x03\x04\x14\x00\x06\x00word/document.xml"), ErrBinary},
		{"elf", []byte("\x7fELF\x02\x01\x01"), ErrBinary},
		{"sqlite", []byte("SQLite format 3\x00\x10\x00"), ErrBinary},
		{"nul early", []byte("Müller\x00sagte"), ErrBinary},
		{"control heavy", []byte("ab\x01\x02\x03\x04cdefgh"), ErrBinary},
		{"control heavy utf-16", []byte("\xff\xfe\x01\x00\x02\x00a\x00"), ErrBinary},
		{"too large", make([]byte, MaxInputSize+1), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Normalize(tt.in)
			if !errors.Is(err, tt.want) {
				t.Errorf("Normalize(%.40q) = %q, %v, want error %v", tt.in, got, err, tt.want)
			}
		})
	}
}

// TestNormalizeMaxSize checks that input of exactly MaxInputSize is read.
func TestNormalizeMaxSize(t *testing.T) {
	raw := bytes.Repeat([]byte("Die Brücke über die Spree ist marode.\n"), MaxInputSize/40)
	raw = append(raw, bytes.Repeat([]byte("x"), MaxInputSize-len(raw))...)
	if _, _, err := Normalize(raw); err != nil {
		t.Errorf("Normalize(%d bytes) error %v, want none", len(raw), err)
	}
}

// TestNFCBoundaryBelow0300 checks the Unicode fact isCanonical relies on:
// every rune below nfcSafeBelow is NFC and never combines with the rune before
// it, so the text may be checked for NFC in pieces cut
// before such runes.
func TestNFCBoundaryBelow0300(t *testing.T) {
	for r := rune(0); r < nfcSafeBelow; r++ {
		p := norm.NFC.PropertiesString(string(r))
		if !p.BoundaryBefore() || !norm.NFC.IsNormalString(string(r)) {
			t.Errorf("rune %U: BoundaryBefore %v, NFC %v, want both true", r, p.BoundaryBefore(), norm.NFC.IsNormalString(string(r)))
		}
	}
	if p := norm.NFC.PropertiesString(string(rune(nfcSafeBelow))); p.BoundaryBefore() {
		t.Errorf("rune %U: BoundaryBefore true, so nfcSafeBelow could be higher", rune(nfcSafeBelow))
	}
}

// TestIsCanonical compares the fast path with the full normalisation on
// texts that stress its corners: combining marks after ASCII, after Latin-1
// and at the start, eight-byte blocks cut inside runes.
func TestIsCanonical(t *testing.T) {
	tests := []string{
		"Müller", "Mu\u0308ller", "\u0308Müller", "ü\u0301 Brücke", "\u01d8 Brücke",
		"Die Brücke „marode“ – 12 €", "abcdefg\u00fc", "abcdefgu\u0308", "abcdefg\u2000x",
		"Brücke\u00a0", "Brücke\u00a0\nSpree", "x\u0085y", "x\u2028y", "\ufeffx", "Bundes\u00adtag", "a\u200bb",
		"12345678\x7f", "1234567\x1f", "a\tb", "a \nb", "a\n\nb", "안녕", "\u1100\u1161",
	}
	for _, in := range tests {
		want, _, err := Normalize([]byte(in))
		if got := isCanonical([]byte(in)); got != (err == nil && want == in) {
			t.Errorf("isCanonical(%q) = %v, want %v (Normalize = %q, %v)", in, got, !got, want, err)
		}
	}
}

// checkCanonical asserts the properties every result of Normalize has:
// valid UTF-8, NFC, no "\r", NUL or trailing white space, and a second
// Normalize changes nothing.
func checkCanonical(t *testing.T, in, got string) {
	t.Helper()
	switch {
	case !utf8.ValidString(got):
		t.Errorf("Normalize(%q) = %q, not valid UTF-8", in, got)
	case !norm.NFC.IsNormalString(got):
		t.Errorf("Normalize(%q) = %q, not NFC", in, got)
	case strings.ContainsAny(got, "\r\x00\ufeff\u00ad"):
		t.Errorf("Normalize(%q) = %q, contains CR, NUL, BOM or soft hyphen", in, got)
	case strings.Contains(got, " \n") || strings.Contains(got, "\t\n"):
		t.Errorf("Normalize(%q) = %q, has trailing white space", in, got)
	}
	again, warnings, err := Normalize([]byte(got))
	if err != nil || again != got || len(warnings) > 0 {
		t.Errorf("Normalize(Normalize(%q)) = %q, %q, %v, want %q unchanged", in, again, warnings, err, got)
	}
}

func FuzzNormalize(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "normalize", "*"))
	for _, file := range files {
		if raw, err := os.ReadFile(file); err == nil {
			f.Add(raw)
		}
	}
	f.Add([]byte("Mu\u0308ller\r\n \u2028x\x00"))
	f.Add([]byte("\xff\xfe\x3d\xd8"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, _, err := Normalize(raw)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) {
				t.Errorf("Normalize(%q) error %v is none of the sentinels", raw, err)
			}
			return
		}
		if strings.TrimSpace(got) == "" {
			t.Errorf("Normalize(%q) = %q without ErrEmpty", raw, got)
		}
		checkCanonical(t, string(raw), got)
	})
}

// benchText returns about n bytes of clean German article text in NFC.
func benchText(n int) []byte {
	para := "Müller sagte am Dienstag in Berlin, die Brücke über die Spree sei marode; " +
		"die Sanierung koste nach Angaben des Senats 12,4 Millionen Euro und dauere zwei Jahre.\n"
	return bytes.Repeat([]byte(para), n/len(para)+1)[:n-1]
}

func BenchmarkNormalize(b *testing.B) {
	clean := benchText(1 << 20)
	crlf := bytes.ReplaceAll(clean, []byte("\n"), []byte("\r\n"))
	nfd := []byte(norm.NFD.String(string(clean)))
	for _, bm := range []struct {
		name string
		raw  []byte
	}{{"clean-1MB", clean}, {"crlf-1MB", crlf}, {"nfd-1MB", nfd}} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(bm.raw)))
			for b.Loop() {
				if _, _, err := Normalize(bm.raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func ExampleNormalize() {
	// "Müller sagte, die Brücke…" saved as Windows-1252 with CRLF endings.
	raw := []byte("M\xfcller sagte, die Br\xfccke sei \x84marode\x93.\r\n")
	text, warnings, err := Normalize(raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q\n", text)
	fmt.Println(warnings)
	// Output:
	// "Müller sagte, die Brücke sei „marode“."
	// [not UTF-8: decoded as Windows-1252 (Latin-1)]
}
