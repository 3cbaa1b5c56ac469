package report

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// glyphSet is a bitmap of the Basic Multilingual Plane: which characters
// all three PDF fonts can draw.
type glyphSet [0x10000 / 64]uint64

func (g *glyphSet) has(r rune) bool { return r < 0x10000 && g[r/64]&(1<<(r%64)) != 0 }

// pdfGlyphs is built on first use from the embedded Go fonts.
var pdfGlyphs = sync.OnceValue(func() *glyphSet {
	var set glyphSet
	var fonts []*sfnt.Font
	for _, ttf := range [][]byte{goregular.TTF, gobold.TTF, goitalic.TTF} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			panic("report: embedded Go font does not parse: " + err.Error()) // the fonts are compiled in
		}
		fonts = append(fonts, f)
	}
	var buf sfnt.Buffer
	for r := rune(0x20); r < 0x10000; r++ {
		all := true
		for _, f := range fonts {
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				all = false
				break
			}
		}
		if all {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
})

// pdfText prepares text for fpdf and the Go fonts: composed to NFC (so that
// "a" + combining diaeresis becomes "ä"), control characters turned into
// spaces (line breaks kept), invisible format characters dropped, and any
// character the fonts cannot draw (emoji, CJK) replaced by U+FFFD, which
// fpdf would otherwise refuse or print as nothing.
func pdfText(s string) string {
	glyphs := pdfGlyphs()
	clean := true
	for _, r := range s {
		if r != '\n' && !glyphs.has(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || glyphs.has(r):
			b.WriteRune(r)
		case unicode.IsControl(r):
			b.WriteByte(' ')
		case unicode.Is(unicode.Cf, r):
		default:
			b.WriteRune('\uFFFD')
		}
	}
	return b.String()
}
