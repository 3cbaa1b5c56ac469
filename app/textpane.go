package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
)

// textPane is the middle pane: the article's headline and metadata, a small
// tool bar for claim editing in the text, and the highlighted text.
type textPane struct {
	w       *Workbench
	title   *widget.Label
	meta    *widget.Label
	view    *textView
	scroll  *container.Scroll
	content fyne.CanvasObject
}

func newTextPane(w *Workbench) *textPane {
	p := &textPane{w: w}
	p.title = widget.NewLabel("factdesk")
	p.title.TextStyle.Bold = true
	p.title.Truncation = fyne.TextTruncateEllipsis
	p.meta = widget.NewLabel("")
	p.meta.Truncation = fyne.TextTruncateEllipsis
	p.view = newTextView()
	p.view.onClaimTapped = w.selectClaim
	p.scroll = container.NewVScroll(p.view)
	p.view.onHeightChanged = p.scroll.Refresh
	p.view.viewport = func() (float32, float32) { return p.scroll.Offset.Y, p.scroll.Size().Height }
	p.scroll.OnScrolled = func(fyne.Position) { p.view.scrolled() }

	add := widget.NewButtonWithIcon(tr("tool.add"), theme.ContentAddIcon(), w.addClaimFromSelection)
	split := widget.NewButtonWithIcon(tr("tool.split"), theme.ContentCutIcon(), w.splitClaim)
	merge := widget.NewButtonWithIcon(tr("tool.merge"), theme.MoveDownIcon(), w.mergeWithNext)
	tools := container.NewHBox(add, split, merge)
	top := container.NewVBox(p.title, p.meta, tools, widget.NewSeparator())
	p.content = container.NewBorder(top, nil, nil, nil, p.scroll)
	p.show(claims.Article{}, nil)
	return p
}

// show displays article a (empty a shows the hint how to add one).
func (p *textPane) show(a claims.Article, cs []claims.Claim) {
	title, text := a.Title, a.Text
	var meta []string
	if a.ID == "" {
		title, text = "factdesk", tr("text.empty") // the hint reads as the text
	}
	for _, s := range []string{a.Outlet, a.Published, a.URL} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	p.title.SetText(title)
	p.meta.SetText(strings.Join(meta, " · "))
	p.view.current = ""
	p.scroll.ScrollToTop()
	p.view.setText(text, cs)
}

// reveal marks claim c in the text and scrolls its span into view.
func (p *textPane) reveal(c *claims.Claim) {
	p.view.setCurrent(c.ID)
	p.revealOffset(c.Start)
}

// revealOffset scrolls the text so that byte offset off is in view.
func (p *textPane) revealOffset(off int) {
	y := p.view.yOf(off)
	h := p.scroll.Size().Height
	if y < p.scroll.Offset.Y || y > p.scroll.Offset.Y+h-40 {
		p.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-h/3)))
		p.view.scrolled()
	}
}
