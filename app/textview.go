package app

import (
	"cmp"
	"image/color"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
)

// textView shows an article's text with every claim span highlighted: a
// faint background in the kind's colour while the claim is unreviewed, in the
// verdict's colour once it has one, and a kind-coloured underline. The
// selected claim is drawn stronger. Tapping a highlight selects its claim
// (tapping again where claims overlap cycles through them); dragging selects
// text, whose byte offsets feed "claim from selection"; the last tap is the
// caret where "split" cuts.
//
// factdesk draws the text itself instead of using widget.RichText because it
// must map a pointer position back to a byte offset of the article text, and
// RichText keeps its line layout private. Only ' ' breaks lines (besides
// "\n"), which suits normalised article text.
type textView struct {
	widget.BaseWidget

	text    string
	marks   []mark // sorted by start, then end
	current string // selected claim ID, "" for none

	selFrom, selTo int // text selection as byte offsets; equal when none
	caret          int // byte offset of the last tap, -1 for none
	dragAnchor     int // byte offset where a drag began, -1 when not dragging

	// onClaimTapped is called with the claim a tap selected.
	onClaimTapped func(id string)
	// onHeightChanged is called when re-wrapping changed the text's height,
	// so that the scroll container around it can lay out again.
	onHeightChanged func()

	// viewport returns the visible part of the view (scroll offset and
	// height); only lines near it are drawn, so an article of any length
	// costs the same to show. nil draws the first screens.
	viewport func() (top, height float32)

	width      float32    // width the lines were wrapped for
	lines      []textLine // wrapped lines
	height     float32
	runeWidths map[rune]float32 // advance of each rune, for wrapping
	drawnTop   float32          // the y range the renderer drew last
	drawnBot   float32
}

// mark is one claim span to highlight.
type mark struct {
	id         string
	start, end int
	kind       claims.Kind
	verdict    claims.Verdict
}

// textLine is one wrapped line: text[start:end] drawn at height y.
type textLine struct {
	start, end int
	y          float32
}

func newTextView() *textView {
	t := &textView{caret: -1, dragAnchor: -1}
	t.ExtendBaseWidget(t)
	return t
}

// setText shows text with the claims' spans highlighted and clears the text
// selection and caret.
func (t *textView) setText(text string, cs []claims.Claim) {
	t.text = text
	t.selFrom, t.selTo, t.caret = 0, 0, -1
	t.setMarks(cs)
	t.relayout()
}

// setClaims replaces the highlighted spans, keeping the text.
func (t *textView) setClaims(cs []claims.Claim) {
	t.setMarks(cs)
	t.Refresh()
}

func (t *textView) setMarks(cs []claims.Claim) {
	t.marks = t.marks[:0]
	for _, c := range cs {
		if c.Start < 0 || c.End > len(t.text) || c.Start >= c.End {
			continue
		}
		t.marks = append(t.marks, mark{id: c.ID, start: c.Start, end: c.End, kind: c.Kind, verdict: c.Review.Verdict})
	}
	slices.SortFunc(t.marks, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})
}

// setCurrent marks the claim with id as selected.
func (t *textView) setCurrent(id string) {
	if t.current == id {
		return
	}
	t.current = id
	t.Refresh()
}

// selection returns the selected text's byte range with surrounding white
// space trimmed and widened to whole words (a drag rarely starts exactly at
// a word's edge); ok is false when nothing is selected.
func (t *textView) selection() (start, end int, ok bool) {
	start, end = t.selFrom, t.selTo
	for start < end && isSpace(t.text[start]) {
		start++
	}
	for end > start && isSpace(t.text[end-1]) {
		end--
	}
	if start == end {
		return start, end, false
	}
	for start > 0 && !isSpace(t.text[start-1]) {
		start--
	}
	for end < len(t.text) && !isSpace(t.text[end]) {
		end++
	}
	return start, end, true
}

// setSelection selects text[start:end] (a text search hit; tests; after
// adding a claim, to clear it with 0, 0).
func (t *textView) setSelection(start, end int) {
	t.selFrom, t.selTo = max(0, min(start, len(t.text))), max(0, min(end, len(t.text)))
	t.Refresh()
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' }

// yOf returns the top of the line holding byte offset off.
func (t *textView) yOf(off int) float32 {
	if len(t.lines) == 0 {
		return 0
	}
	return t.lines[t.lineOf(off)].y
}

// lineOf returns the index of the line holding byte offset off: the first
// line ending after it (an offset where a wrapped line ends belongs to the
// next line), or the last line.
func (t *textView) lineOf(off int) int {
	i := sort.Search(len(t.lines), func(i int) bool { return t.lines[i].end > off })
	return min(i, len(t.lines)-1)
}

// offsetAt maps a position inside the widget to the nearest rune boundary.
func (t *textView) offsetAt(p fyne.Position) int {
	if len(t.lines) == 0 {
		return 0
	}
	pad, lh := t.metrics()
	i := int((p.Y - pad) / lh)
	i = max(0, min(i, len(t.lines)-1))
	l := t.lines[i]
	x := p.X - pad
	prev, prevX := l.start, float32(0)
	for off := l.start; off < l.end; {
		_, size := utf8.DecodeRuneInString(t.text[off:])
		off += size
		w := t.measure(t.text[l.start:off])
		if w >= x {
			if x-prevX < w-x {
				return prev
			}
			return off
		}
		prev, prevX = off, w
	}
	return l.end
}

// marksAt returns the marks covering byte offset off, shortest first.
func (t *textView) marksAt(off int) []mark {
	var out []mark
	for _, m := range t.marks {
		if m.start > off {
			break
		}
		if off < m.end {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b mark) int { return cmp.Compare(a.end-a.start, b.end-b.start) })
	return out
}

// Tapped selects the claim under the pointer and moves the caret there.
func (t *textView) Tapped(ev *fyne.PointEvent) {
	off := t.offsetAt(ev.Position)
	t.caret = off
	t.selFrom, t.selTo = off, off
	ms := t.marksAt(off)
	if len(ms) == 0 {
		t.Refresh()
		return
	}
	pick := ms[0]
	for i, m := range ms {
		if m.id == t.current {
			pick = ms[(i+1)%len(ms)]
			break
		}
	}
	t.current = pick.id
	t.Refresh()
	if t.onClaimTapped != nil {
		t.onClaimTapped(pick.id)
	}
}

// Dragged extends the text selection.
func (t *textView) Dragged(ev *fyne.DragEvent) {
	if t.dragAnchor < 0 {
		t.dragAnchor = t.offsetAt(ev.Position.Subtract(ev.Dragged))
	}
	off := t.offsetAt(ev.Position)
	t.selFrom, t.selTo = min(t.dragAnchor, off), max(t.dragAnchor, off)
	t.Refresh()
}

// DragEnd finishes a selection.
func (t *textView) DragEnd() { t.dragAnchor = -1 }

// Cursor shows the text cursor over the article.
func (t *textView) Cursor() desktop.Cursor { return desktop.TextCursor }

// MinSize is narrow (the text wraps to any width) and as tall as the text
// wrapped at the current width.
func (t *textView) MinSize() fyne.Size {
	if t.width < 0 {
		t.wrap(max(t.Size().Width, 400))
	}
	return fyne.NewSize(120, t.height)
}

// Resize re-wraps the text when the width changes.
func (t *textView) Resize(s fyne.Size) {
	if s.Width != t.width {
		old := t.height
		t.wrap(s.Width)
		if t.height != old && t.onHeightChanged != nil {
			defer t.onHeightChanged()
		}
	}
	t.BaseWidget.Resize(s)
}

// relayout re-wraps at the current width and redraws.
func (t *textView) relayout() {
	old := t.height
	t.wrap(max(t.Size().Width, 400))
	t.Refresh()
	if t.height != old && t.onHeightChanged != nil {
		t.onHeightChanged()
	}
}

func (t *textView) metrics() (pad, lineHeight float32) {
	th := t.Theme()
	pad = th.Size(theme.SizeNameInnerPadding)
	lineHeight = fyne.MeasureText("Mg", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height + th.Size(theme.SizeNameLineSpacing)
	return pad, lineHeight
}

func (t *textView) measure(s string) float32 {
	return fyne.MeasureText(s, t.Theme().Size(theme.SizeNameText), fyne.TextStyle{}).Width
}

// approxWidth adds up rune advances (ignoring kerning): cheap enough to wrap
// a book-length article, and within a pixel or two of the shaped width,
// which only decides where lines break. Drawing measures exactly.
func (t *textView) approxWidth(s string) float32 {
	if t.runeWidths == nil {
		t.runeWidths = map[rune]float32{}
	}
	var w float32
	for _, r := range s {
		rw, ok := t.runeWidths[r]
		if !ok {
			rw = t.measure(string(r))
			t.runeWidths[r] = rw
		}
		w += rw
	}
	return w
}

// visibleRange returns the y range worth drawing: the viewport and a screen
// above and below it.
func (t *textView) visibleRange() (top, bottom float32) {
	top, h := float32(0), float32(0)
	if t.viewport != nil {
		top, h = t.viewport()
	}
	if h <= 0 {
		h = 1500
	}
	return top - h, top + 2*h
}

// scrolled redraws when the viewport left the drawn range.
func (t *textView) scrolled() {
	top, h := float32(0), float32(0)
	if t.viewport != nil {
		top, h = t.viewport()
	}
	if top < t.drawnTop || top+h > t.drawnBot {
		t.Refresh()
	}
}

// wrap breaks the text into lines no wider than width (a word longer than a
// line gets a line of its own).
func (t *textView) wrap(width float32) {
	t.width = width
	t.lines = t.lines[:0]
	pad, lh := t.metrics()
	avail := width - 2*pad
	measure := t.approxWidth
	space := measure(" ")
	y := pad
	text := t.text
	for start := 0; ; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		lineStart, x := start, float32(0)
		for i := start; i < end; {
			j := i
			for j < end && text[j] != ' ' {
				j++
			}
			k := j
			for k < end && text[k] == ' ' {
				k++
			}
			w := measure(text[i:j])
			if x > 0 && x+w > avail {
				t.lines = append(t.lines, textLine{lineStart, i, y})
				y += lh
				lineStart, x = i, 0
			}
			x += w + float32(k-j)*space
			i = k
		}
		t.lines = append(t.lines, textLine{lineStart, end, y})
		y += lh
		if end >= len(text) {
			break
		}
		start = end + 1
	}
	t.height = y + pad
}

// CreateRenderer draws the lines.
func (t *textView) CreateRenderer() fyne.WidgetRenderer {
	r := &textViewRenderer{view: t}
	r.Refresh()
	return r
}

type textViewRenderer struct {
	view    *textView
	objects []fyne.CanvasObject
}

func (r *textViewRenderer) Destroy()                     {}
func (r *textViewRenderer) Layout(fyne.Size)             {}
func (r *textViewRenderer) MinSize() fyne.Size           { return r.view.MinSize() }
func (r *textViewRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Refresh rebuilds the drawing: per line, runs cut at every span and
// selection boundary, each with its background, underline and text.
func (r *textViewRenderer) Refresh() {
	t := r.view
	th := t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	selColor := th.Color(theme.ColorNameSelection, v)
	textSize := th.Size(theme.SizeNameText)
	pad, lh := t.metrics()

	objs := r.objects[:0]
	top, bottom := t.visibleRange()
	t.drawnTop, t.drawnBot = top, bottom
	first := sort.Search(len(t.lines), func(i int) bool { return t.lines[i].y+lh >= top })
	var active []mark // marks overlapping the current line
	next := 0         // first mark not yet in active
	if first < len(t.lines) {
		s := t.lines[first].start
		next = sort.Search(len(t.marks), func(i int) bool { return t.marks[i].start >= s })
		for _, m := range t.marks[:next] {
			if m.end > s {
				active = append(active, m)
			}
		}
	}
	var cover []mark
	for li := first; li < len(t.lines) && t.lines[li].y <= bottom; li++ {
		l := t.lines[li]
		for next < len(t.marks) && t.marks[next].start < l.end {
			active = append(active, t.marks[next])
			next++
		}
		active = slices.DeleteFunc(active, func(m mark) bool { return m.end <= l.start })
		cuts := []int{l.start, l.end}
		for _, m := range active {
			if m.start > l.start && m.start < l.end {
				cuts = append(cuts, m.start)
			}
			if m.end > l.start && m.end < l.end {
				cuts = append(cuts, m.end)
			}
		}
		for _, c := range []int{t.selFrom, t.selTo} {
			if c > l.start && c < l.end {
				cuts = append(cuts, c)
			}
		}
		slices.Sort(cuts)
		cuts = slices.Compact(cuts)
		x0 := pad
		for i := 0; i+1 < len(cuts); i++ {
			a, b := cuts[i], cuts[i+1]
			x1 := pad + t.measure(t.text[l.start:b])
			cover = cover[:0]
			for _, m := range active {
				if m.start <= a && m.end >= b {
					cover = append(cover, m)
				}
			}
			if m, ok := topMark(cover, t.current); ok {
				bg := canvas.NewRectangle(markColor(m, m.id == t.current))
				bg.Move(fyne.NewPos(x0, l.y))
				bg.Resize(fyne.NewSize(x1-x0, lh))
				under := canvas.NewRectangle(kindColor(m.kind))
				under.Move(fyne.NewPos(x0, l.y+lh-2))
				under.Resize(fyne.NewSize(x1-x0, 2))
				objs = append(objs, bg, under)
			}
			if a >= t.selFrom && b <= t.selTo && t.selFrom < t.selTo {
				sel := canvas.NewRectangle(selColor)
				sel.Move(fyne.NewPos(x0, l.y))
				sel.Resize(fyne.NewSize(x1-x0, lh))
				objs = append(objs, sel)
			}
			txt := canvas.NewText(t.text[a:b], fg)
			txt.TextSize = textSize
			txt.Move(fyne.NewPos(x0, l.y))
			txt.Resize(fyne.NewSize(x1-x0, lh))
			objs = append(objs, txt)
			x0 = x1
		}
	}
	if t.caret >= 0 && t.selFrom == t.selTo && len(t.lines) > 0 {
		l := t.lines[t.lineOf(t.caret)]
		if t.caret >= l.start && t.caret <= l.end {
			caret := canvas.NewRectangle(th.Color(theme.ColorNamePrimary, v))
			caret.Move(fyne.NewPos(pad+t.measure(t.text[l.start:t.caret]), l.y))
			caret.Resize(fyne.NewSize(1.5, lh))
			objs = append(objs, caret)
		}
	}
	r.objects = objs
	canvas.Refresh(t)
}

// topMark picks the mark a run is drawn with: the selected claim when it
// covers the run, otherwise the shortest (most specific) covering claim.
func topMark(active []mark, current string) (mark, bool) {
	var best mark
	found := false
	for _, m := range active {
		if m.id == current && current != "" {
			return m, true
		}
		if !found || m.end-m.start < best.end-best.start {
			best, found = m, true
		}
	}
	return best, found
}

// markColor is the background of a highlighted run.
func markColor(m mark, selected bool) color.Color {
	alpha := uint8(0x30)
	if selected {
		alpha = 0x90
	}
	if m.verdict.Reviewed() {
		return withAlpha(verdictColor(m.verdict), alpha+0x20)
	}
	return withAlpha(kindColor(m.kind), alpha)
}
