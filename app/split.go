package app

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
)

// splitDialog asks where to split the selected claim: it shows the two
// parts the cut makes of the claim's passage; a slider and two buttons move
// the cut from word to word, and confirming splits.
type splitDialog struct {
	w      *Workbench
	claim  claims.Claim
	text   string        // the article text
	cuts   []int         // possible cut offsets in text, ascending
	at     int           // index into cuts of the chosen cut
	head   *widget.Label // the passage before the cut
	tail   *widget.Label // the passage after it
	slider *widget.Slider
	prev   *widget.Button
	next   *widget.Button
	dialog *dialog.ConfirmDialog
}

// splitClaim offers to split the selected claim in a dialog; the cut starts
// at the word boundary nearest the caret (the last click in the text) when
// that lies inside the claim, else at the sentence boundary nearest the
// claim's middle.
func (w *Workbench) splitClaim() {
	c, ok := w.currentClaim()
	if !ok {
		w.showError(errors.New(tr("err.noClaim")))
		return
	}
	cuts := cutPoints(w.article.Text, c.Start, c.End)
	if len(cuts) == 0 {
		w.showError(errors.New(tr("err.split")))
		return
	}
	d := &splitDialog{w: w, claim: *c, text: w.article.Text, cuts: cuts}
	d.at = slices.Index(cuts, defaultCut(w.article.Text, c.Start, c.End, w.text.view.caret))
	d.head, d.tail = widget.NewLabel(""), widget.NewLabel("")
	d.head.Wrapping, d.tail.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	d.prev = widget.NewButtonWithIcon(tr("split.prev"), theme.NavigateBackIcon(), func() { d.move(-1) })
	d.next = widget.NewButtonWithIcon(tr("split.next"), theme.NavigateNextIcon(), func() { d.move(1) })
	d.next.IconPlacement = widget.ButtonIconTrailingText
	d.slider = widget.NewSlider(0, float64(len(cuts)-1))
	d.slider.Step = 1
	d.slider.OnChanged = func(v float64) { d.set(int(v)) }
	hint := widget.NewLabel(tr("split.hint"))
	hint.Wrapping = fyne.TextWrapWord
	parts := widget.NewForm(widget.NewFormItem(tr("split.first"), d.head), widget.NewFormItem(tr("split.second"), d.tail))
	content := container.NewVBox(parts, container.NewBorder(nil, nil, d.prev, d.next, d.slider), hint)
	d.dialog = dialog.NewCustomConfirm(tr("split.title"), tr("tool.split"), tr("cancel"), content, d.onClose, w.win)
	d.set(d.at)
	d.dialog.Resize(fyne.NewSize(600, d.dialog.MinSize().Height))
	d.dialog.Show()
	w.lastSplit = d
}

// move shifts the cut by delta words.
func (d *splitDialog) move(delta int) { d.set(d.at + delta) }

// set makes cut i (clamped) the chosen one and shows it.
func (d *splitDialog) set(i int) {
	i = max(0, min(i, len(d.cuts)-1))
	d.at = i
	if int(d.slider.Value) != i {
		d.slider.SetValue(float64(i))
	}
	if i == 0 {
		d.prev.Disable()
	} else {
		d.prev.Enable()
	}
	if i == len(d.cuts)-1 {
		d.next.Disable()
	} else {
		d.next.Enable()
	}
	cut := d.cuts[i]
	d.head.SetText(strings.TrimSpace(d.text[d.claim.Start:cut]))
	d.tail.SetText(strings.TrimSpace(d.text[cut:d.claim.End]))
}

// cut returns the chosen cut offset in the article text.
func (d *splitDialog) cut() int { return d.cuts[d.at] }

func (d *splitDialog) onClose(ok bool) {
	if !ok {
		return
	}
	first, _, err := d.w.st.SplitClaim(d.w.ctx, d.claim.ID, d.cut())
	if err != nil {
		d.w.showError(err)
		return
	}
	d.w.reloadClaims(first)
}

// cutPoints lists where the claim text[start:end] can be split: every
// word start inside it such that both parts keep some text.
func cutPoints(text string, start, end int) []int {
	if start < 0 || end > len(text) || start >= end {
		return nil
	}
	var cuts []int
	for i := start + 1; i < end; i++ {
		if isSpace(text[i-1]) && !isSpace(text[i]) && utf8.RuneStart(text[i]) {
			cuts = append(cuts, i)
		}
	}
	return slices.DeleteFunc(cuts, func(i int) bool {
		return strings.TrimSpace(text[start:i]) == "" || strings.TrimSpace(text[i:end]) == ""
	})
}

// defaultCut is where the split dialog starts: the word start nearest the
// caret when the caret lies inside the claim (a click between two words
// means the next one), else the word start nearest the middle after a
// sentence end, else after a clause mark (, ; : –), else any.
func defaultCut(text string, start, end, caret int) int {
	cuts := cutPoints(text, start, end)
	if len(cuts) == 0 {
		return -1
	}
	nearestTo := func(at int, keep func(prev string) bool) int {
		best := -1
		for _, c := range cuts {
			prev := strings.TrimRight(text[start:c], " \t\n")
			prev = strings.TrimRight(prev, `"'»«“”‘’)]`)
			if keep(prev) && (best < 0 || abs(c-at) < abs(best-at)) {
				best = c
			}
		}
		return best
	}
	if caret > start && caret < end {
		return nearestTo(skipSpace(text, caret, end), func(string) bool { return true })
	}
	mid := (start + end) / 2
	nearest := func(keep func(prev string) bool) int { return nearestTo(mid, keep) }
	for _, marks := range []string{".!?", ",;:–—"} {
		if c := nearest(func(prev string) bool {
			r, _ := utf8.DecodeLastRuneInString(prev)
			return strings.ContainsRune(marks, r)
		}); c >= 0 {
			return c
		}
	}
	return nearest(func(string) bool { return true })
}

// skipSpace moves offset i (if it lies in text) past white space, but not
// beyond end: a click between two words means the start of the next.
func skipSpace(text string, i, end int) int {
	for i >= 0 && i < end && i < len(text) && isSpace(text[i]) {
		i++
	}
	return i
}

func abs(n int) int { return max(n, -n) }
