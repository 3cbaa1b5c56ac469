package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/factdesk/factdesk/claims"
)

// positionOf returns a point just right of byte offset off in v, in the
// middle of its line.
func positionOf(v *textView, off int) fyne.Position {
	pad, lh := v.metrics()
	l := v.lines[v.lineOf(off)]
	return fyne.NewPos(pad+v.measure(v.text[l.start:off])+1, l.y+lh/2)
}

func newTestTextView(t *testing.T, text string, width float32, cs ...claims.Claim) *textView {
	t.Helper()
	test.NewTempApp(t).Settings().SetTheme(test.Theme())
	v := newTextView()
	v.setText(text, cs)
	v.Resize(fyne.NewSize(width, v.MinSize().Height))
	return v
}

func TestTextViewWrap(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		width float32
	}{
		{"empty", "", 300},
		{"one line", "Kurz.", 300},
		{"paragraphs", articleDE, 300},
		{"narrow", articleDE, 120},
		{"long word", "Donaudampfschifffahrtsgesellschaftskapitänsmütze und mehr", 80},
	} {
		v := newTestTextView(t, tc.text, tc.width)
		pad, _ := v.metrics()
		for i, l := range v.lines {
			line := strings.TrimRight(v.text[l.start:l.end], " ")
			if w := v.measure(line); w > tc.width-2*pad && strings.Contains(line, " ") {
				t.Errorf("%s: line %d %q is %.0f wide, more than %.0f", tc.name, i, line, w, tc.width-2*pad)
			}
			if i > 0 && l.y <= v.lines[i-1].y {
				t.Errorf("%s: line %d at y=%.0f is not below line %d", tc.name, i, l.y, i-1)
			}
		}
		// The lines cover the text in order without gaps or overlaps.
		pos := 0
		for i, l := range v.lines {
			if l.start < pos {
				t.Errorf("%s: line %d starts at %d, before %d", tc.name, i, l.start, pos)
			}
			if gap := v.text[pos:l.start]; strings.Trim(gap, "\n") != "" && pos != 0 {
				t.Errorf("%s: line %d skips %q", tc.name, i, gap)
			}
			pos = l.end
		}
		if pos != len(tc.text) {
			t.Errorf("%s: lines end at %d, text at %d", tc.name, pos, len(tc.text))
		}
	}
}

func TestTextViewOffsetRoundTrip(t *testing.T) {
	v := newTestTextView(t, articleDE, 260)
	for off := 0; off < len(articleDE); off++ {
		if !isRuneStart(articleDE, off) || articleDE[off] == '\n' {
			continue
		}
		if got := v.offsetAt(positionOf(v, off)); got != off {
			t.Errorf("offsetAt(positionOf(%d)) = %d, want %d", off, got, off)
		}
	}
}

func isRuneStart(s string, i int) bool { return i == len(s) || s[i]&0xC0 != 0x80 }

func TestTextViewTapCyclesOverlappingClaims(t *testing.T) {
	text := "Anna Muster (54) sagte, der Haushalt sei ausgeglichen."
	sentence := claims.Claim{Found: claims.Found{Kind: claims.KindAttribution, Start: 0, End: len(text)}, ID: "s"}
	age := claims.Claim{Found: claims.Found{Kind: claims.KindAge, Start: 0, End: len("Anna Muster (54)")}, ID: "a"}
	v := newTestTextView(t, text, 600, sentence, age)
	var tapped []string
	v.onClaimTapped = func(id string) { tapped = append(tapped, id) }
	inAge := positionOf(v, 3)
	inSentence := positionOf(v, len("Anna Muster (54) sa"))
	test.TapAt(v, inAge)
	test.TapAt(v, inAge)
	test.TapAt(v, inAge)
	test.TapAt(v, inSentence)
	want := []string{"a", "s", "a", "s"}
	if strings.Join(tapped, ",") != strings.Join(want, ",") {
		t.Errorf("taps selected %v, want %v", tapped, want)
	}
	tapped = nil
	v.setText("Kein Anspruch hier.", nil)
	test.TapAt(v, positionOf(v, 2))
	if len(tapped) != 0 {
		t.Errorf("tap outside any claim selected %v", tapped)
	}
}

func TestTextViewSelectionTrimsSpace(t *testing.T) {
	v := newTestTextView(t, articleDE, 400)
	start := strings.Index(articleDE, "Laut")
	v.setSelection(start-1, start+len("Laut Statistikamt")+1)
	s, e, ok := v.selection()
	if !ok || articleDE[s:e] != "Laut Statistikamt" {
		t.Errorf("selection() = %q, %v, want %q", articleDE[s:e], ok, "Laut Statistikamt")
	}
	mid := strings.Index(articleDE, "Statistikamt")
	v.setSelection(mid+3, mid+5) // "tis" of "Statistikamt"
	if s, e, _ := v.selection(); articleDE[s:e] != "Statistikamt" {
		t.Errorf("selection inside a word = %q, want the whole word", articleDE[s:e])
	}
	v.setSelection(5, 5)
	if _, _, ok := v.selection(); ok {
		t.Error("an empty selection reports ok")
	}
}

func TestTopMarkPrefersSelectedThenShortest(t *testing.T) {
	long := mark{id: "long", start: 0, end: 50}
	short := mark{id: "short", start: 10, end: 20}
	for _, tc := range []struct {
		current string
		want    string
	}{{"", "short"}, {"long", "long"}, {"short", "short"}, {"other", "short"}} {
		got, ok := topMark([]mark{long, short}, tc.current)
		if !ok || got.id != tc.want {
			t.Errorf("topMark(current %q) = %q, want %q", tc.current, got.id, tc.want)
		}
	}
	if _, ok := topMark(nil, ""); ok {
		t.Error("topMark(nil) reports a mark")
	}
}
