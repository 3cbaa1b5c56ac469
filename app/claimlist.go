package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
)

// claimsPane is the claim list with its filters (kind, verdict, unreviewed
// only). Filtering works on the open article's claims in memory, which the
// workbench already holds for the highlights: it answers in microseconds
// even for an article with thousands of claims, and the list itself is a
// widget.List that only builds the rows on screen.
type claimsPane struct {
	w          *Workbench
	kind       *widget.Select
	verdict    *widget.Select
	unreviewed *widget.Check
	count      *widget.Label
	list       *keyList
	hint       *emptyHint
	shown      []int // indices into w.all that pass the filters
	content    fyne.CanvasObject

	selecting bool    // true while selectID moves the list selection
	badgeW    float32 // width of the verdict badges
}

func newClaimsPane(w *Workbench) *claimsPane {
	p := &claimsPane{w: w}
	kinds := []string{tr("filter.allKinds")}
	for _, k := range claims.Kinds() {
		kinds = append(kinds, kindLabel(k))
	}
	p.kind = widget.NewSelect(kinds, func(string) { p.onFilterChanged() })
	p.kind.SetSelectedIndex(0)
	verdicts := []string{tr("filter.allVerdicts")}
	for _, v := range claims.Verdicts() {
		verdicts = append(verdicts, v.Label(uiLang))
	}
	p.verdict = widget.NewSelect(verdicts, func(string) { p.onFilterChanged() })
	p.verdict.SetSelectedIndex(0)
	p.unreviewed = widget.NewCheck(tr("filter.unreviewed"), func(bool) { p.onFilterChanged() })
	p.count = widget.NewLabel("")

	p.list = newKeyList(func() int { return len(p.shown) }, p.createItem, p.updateItem)
	p.list.OnSelected = p.onClaimSelected
	p.list.onKey = w.onKey
	p.list.onRune = w.onRune

	filters := container.NewGridWithColumns(2, p.kind, p.verdict)
	top := container.NewVBox(filters, container.NewBorder(nil, nil, nil, p.count, p.unreviewed))
	p.hint = newEmptyHint(p.list)
	p.content = container.NewBorder(top, nil, nil, nil, p.hint.content)
	return p
}

// createItem builds one row of the claim list: kind icon, verdict badge,
// text.
func (p *claimsPane) createItem() fyne.CanvasObject {
	icon := widget.NewIcon(nil)
	badgeBG := canvas.NewRectangle(nil)
	badgeBG.CornerRadius = 4
	badgeBG.SetMinSize(fyne.NewSize(p.badgeWidth(), 0)) // one width for all: the texts line up
	badge := widget.NewLabel("")
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	left := container.NewHBox(icon, container.NewStack(badgeBG, badge))
	return container.NewBorder(nil, nil, left, nil, text)
}

// badgeWidth fits the longest verdict label with an age mark.
func (p *claimsPane) badgeWidth() float32 {
	if p.badgeW == 0 {
		th := p.list.Theme()
		for _, v := range claims.Verdicts() {
			w := fyne.MeasureText("✗ "+v.Label(uiLang), th.Size(theme.SizeNameText), fyne.TextStyle{}).Width
			p.badgeW = max(p.badgeW, w+2*th.Size(theme.SizeNameInnerPadding))
		}
	}
	return p.badgeW
}

func (p *claimsPane) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.shown) || p.shown[id] >= len(p.w.all) {
		return
	}
	c := p.w.all[p.shown[id]]
	row := o.(*fyne.Container)
	text := row.Objects[0].(*widget.Label)
	left := row.Objects[1].(*fyne.Container)
	left.Objects[0].(*widget.Icon).SetResource(kindIcon(c.Kind))
	badge := left.Objects[1].(*fyne.Container)
	bg := badge.Objects[0].(*canvas.Rectangle)
	if c.Review.Verdict.Reviewed() {
		bg.FillColor = withAlpha(verdictColor(c.Review.Verdict), 0xa0)
	} else {
		bg.FillColor = withAlpha(kindColor(c.Kind), 0x30)
	}
	bg.Refresh()
	label := c.Review.Verdict.Label(uiLang)
	if c.AgeCheck.Result == claims.AgeWrong {
		label = "✗ " + label
	} else if c.AgeCheck.Result == claims.AgeRight {
		label = "✓ " + label
	}
	badge.Objects[1].(*widget.Label).SetText(label)
	text.SetText(c.Text)
}

// matches reports whether c passes the filters the controls describe.
func (p *claimsPane) matches(c *claims.Claim) bool {
	if i := p.kind.SelectedIndex(); i > 0 && c.Kind != claims.Kinds()[i-1] {
		return false
	}
	v := c.Review.Verdict
	if v == "" {
		v = claims.Unreviewed
	}
	if i := p.verdict.SelectedIndex(); i > 0 && v != claims.Verdicts()[i-1] {
		return false
	}
	if p.unreviewed.Checked && v.Reviewed() {
		return false
	}
	return true
}

// apply re-runs the filters over the open article's claims.
func (p *claimsPane) apply() {
	p.shown = p.shown[:0]
	for i := range p.w.all {
		if p.matches(&p.w.all[i]) {
			p.shown = append(p.shown, i)
		}
	}
	p.count.SetText(trf("claims.count", len(p.shown), len(p.w.all)))
	switch {
	case p.w.article.ID == "" || len(p.shown) > 0:
		p.hint.set("")
	case len(p.w.all) == 0:
		p.hint.set(tr("claims.none"))
	default:
		p.hint.set(tr("claims.filtered"))
	}
	p.selecting = true
	p.list.UnselectAll()
	p.selecting = false
	p.list.Refresh()
}

func (p *claimsPane) onFilterChanged() {
	if p.list == nil { // still being built
		return
	}
	cur := p.w.current
	p.apply()
	if cur != "" {
		p.selectID(cur)
	}
}

func (p *claimsPane) onClaimSelected(id widget.ListItemID) {
	if p.selecting || id < 0 || id >= len(p.shown) {
		return
	}
	p.w.showClaim(p.w.all[p.shown[id]].ID)
}

// selectID selects claim id in the list and shows it; false when the
// filters hide it.
func (p *claimsPane) selectID(id string) bool {
	i := p.position(id)
	if i < 0 {
		return false
	}
	p.selecting = true
	p.list.Select(i)
	p.selecting = false
	p.list.ScrollTo(i)
	p.w.showClaim(id)
	return true
}

// position returns the row of claim id, or -1.
func (p *claimsPane) position(id string) int {
	return slices.IndexFunc(p.shown, func(i int) bool { return p.w.all[i].ID == id })
}

// at returns the claim in row i (clamped), or "" when the list is empty.
func (p *claimsPane) at(i int) string {
	if len(p.shown) == 0 {
		return ""
	}
	i = max(0, min(i, len(p.shown)-1))
	return p.w.all[p.shown[i]].ID
}

// first returns the first listed claim, or "".
func (p *claimsPane) first() string { return p.at(0) }

// move selects the claim delta rows away from the selected one.
func (p *claimsPane) move(delta int) {
	if len(p.shown) == 0 {
		return
	}
	i := p.position(p.w.current)
	switch {
	case i < 0 && delta > 0:
		i = 0
	case i < 0:
		i = len(p.shown) - 1
	default:
		i = max(0, min(i+delta, len(p.shown)-1))
	}
	p.selectID(p.w.all[p.shown[i]].ID)
}

// toggleUnreviewed flips the "unreviewed only" filter (View menu).
func (p *claimsPane) toggleUnreviewed() {
	p.unreviewed.SetChecked(!p.unreviewed.Checked)
}
