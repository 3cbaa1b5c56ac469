package app

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
)

// FuzzTextView lays out arbitrary text with a claim over an arbitrary span
// and checks that the lines cover the text in order, that every pointer
// position maps to a rune boundary inside the text, and that drawing does
// not panic.
func FuzzTextView(f *testing.F) {
	f.Add(articleDE, 10, 40, float32(300))
	f.Add("", 0, 0, float32(0))
	f.Add("a\n\n\nb  c   d", 1, 5, float32(20))
	f.Add("Überlänge_ohne_Leerzeichen_überhaupt_nirgends", 3, 30, float32(60))
	test.NewTempApp(f).Settings().SetTheme(test.Theme())
	f.Fuzz(func(t *testing.T, text string, start, end int, width float32) {
		if !utf8.ValidString(text) || len(text) > 4000 || width < 0 || width > 5000 {
			return
		}
		text = strings.ReplaceAll(text, "\r", "")
		v := newTextView()
		v.setText(text, []claims.Claim{{Found: claims.Found{Kind: claims.KindFact, Start: start, End: end}, ID: "c"}})
		v.Resize(fyne.NewSize(width, v.MinSize().Height))
		pos := 0
		for i, l := range v.lines {
			if l.start < pos || l.end < l.start || l.end > len(text) {
				t.Fatalf("line %d = [%d,%d) after %d in text of %d bytes", i, l.start, l.end, pos, len(text))
			}
			pos = l.end
		}
		if len(v.lines) > 0 && pos != len(text) {
			t.Fatalf("lines end at %d, text at %d", pos, len(text))
		}
		for _, p := range []fyne.Position{{X: -5, Y: -5}, {X: width / 2, Y: 30}, {X: width + 50, Y: v.height + 50}} {
			off := v.offsetAt(p)
			if off < 0 || off > len(text) || !isRuneStart(text, off) {
				t.Fatalf("offsetAt(%v) = %d, not a rune boundary of a %d-byte text", p, off, len(text))
			}
		}
		v.setSelection(start, end)
		v.Refresh()
	})
}

// FuzzSnippet feeds arbitrary text and snippets to the hit list's snippet
// helpers: they must not panic, a located match must be the marked word,
// and the rich text must hold every character but the marks.
func FuzzSnippet(f *testing.F) {
	f.Add(articleDE, "Die neue [Brücke] über die…")
	f.Add("[x] y", "[[x]] y")
	f.Add("", "…[")
	f.Fuzz(func(t *testing.T, text, snippet string) {
		segs := snippetSegments(snippet)
		if start, end, ok := locateSnippet(text, snippet); ok {
			i := slices.IndexFunc(segs, func(s widget.RichTextSegment) bool {
				return s.(*widget.TextSegment).Style == widget.RichTextStyleStrong
			})
			if start < 0 || end > len(text) || start > end || i < 0 || text[start:end] != segs[i].Textual() {
				t.Fatalf("locateSnippet(%q, %q) = [%d,%d), not the marked word", text, snippet, start, end)
			}
		}
		var sb strings.Builder
		for _, s := range segs {
			sb.WriteString(s.Textual())
		}
		if got := sb.String(); len(got) > len(snippet) || len(snippet)-len(got) > 2*strings.Count(snippet, "[") {
			t.Fatalf("snippetSegments(%q) renders %q", snippet, got)
		}
		if short := shortenSnippet(snippet, 2, 4); strings.Count(short, "[") > strings.Count(snippet, "[") {
			t.Fatalf("shortenSnippet(%q) = %q adds marks", snippet, short)
		}
	})
}

// FuzzCut checks the split dialog's cut positions on arbitrary text: each
// lies strictly inside the claim on a rune boundary and leaves text on both
// sides, and the default cut is one of them.
func FuzzCut(f *testing.F) {
	f.Add(articleDE, 0, 60, 20)
	f.Add("a  b", 0, 4, 2)
	f.Add("", 0, 0, -1)
	f.Fuzz(func(t *testing.T, text string, start, end, caret int) {
		cuts := cutPoints(text, start, end)
		for i, c := range cuts {
			if c <= start || c >= end || !isRuneStart(text, c) || (i > 0 && c <= cuts[i-1]) ||
				strings.TrimSpace(text[start:c]) == "" || strings.TrimSpace(text[c:end]) == "" {
				t.Fatalf("cutPoints(%q, %d, %d) = %v: %d is no good cut", text, start, end, cuts, c)
			}
		}
		if d := defaultCut(text, start, end, caret); (d < 0) != (len(cuts) == 0) || d >= 0 && !slices.Contains(cuts, d) {
			t.Fatalf("defaultCut(%q, %d, %d, %d) = %d, not one of %v", text, start, end, caret, d, cuts)
		}
	})
}
