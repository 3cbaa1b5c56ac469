package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/store"
)

// articlesPane is the left pane: a search field over the whole file
// (store full-text search through ArticleFilter.Query), the article list with
// review counts, and the open article's status.
type articlesPane struct {
	w       *Workbench
	search  *widget.Entry
	list    *keyList
	status  *widget.Select
	items   []store.ArticleSummary
	content fyne.CanvasObject

	settingStatus bool // true while showStatus fills the select
	searchSeq     int  // number of the newest search
}

func newArticlesPane(w *Workbench) *articlesPane {
	p := &articlesPane{w: w}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder(tr("search.placeholder"))
	p.search.OnChanged = func(string) { p.onSearchChanged() }

	p.list = newKeyList(
		func() int { return len(p.items) },
		p.createItem,
		func(id widget.ListItemID, o fyne.CanvasObject) { p.updateItem(id, o) },
	)
	p.list.OnSelected = p.onArticleSelected
	p.list.onKey = p.onListKey
	p.list.onRune = w.onRune

	labels := make([]string, 0, 3)
	for _, s := range statuses() {
		labels = append(labels, statusLabel(s))
	}
	p.status = widget.NewSelect(labels, p.onStatusChanged)
	p.status.Disable()

	p.content = container.NewBorder(p.search, p.status, nil, nil, p.list)
	return p
}

func (p *articlesPane) createItem() fyne.CanvasObject {
	title := widget.NewLabel("")
	title.TextStyle.Bold = true
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.Truncation = fyne.TextTruncateEllipsis
	count := widget.NewLabel("")
	return container.NewVBox(title, container.NewBorder(nil, nil, nil, count, meta))
}

func (p *articlesPane) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.items) {
		return
	}
	a := p.items[id]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(a.Title)
	row := box.Objects[1].(*fyne.Container)
	meta := statusLabel(a.Status)
	if a.Published != "" {
		meta = a.Published + " · " + meta
	}
	if a.Outlet != "" {
		meta = a.Outlet + " · " + meta
	}
	row.Objects[0].(*widget.Label).SetText(meta)
	row.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%d/%d", a.Reviewed, a.Claims))
}

// reload lists the articles matching the search field.
func (p *articlesPane) reload() {
	p.searchSeq++ // an answer still on its way is stale now
	items, err := p.w.st.Articles(p.w.ctx, store.ArticleFilter{Query: p.search.Text})
	if err != nil {
		p.w.showError(err)
		return
	}
	p.items = items
	p.list.UnselectAll()
	p.list.Refresh()
}

// refreshCounts updates the open article's row from the workbench's claims
// without asking the store for the whole list again.
func (p *articlesPane) refreshCounts() {
	i := p.index(p.w.article.ID)
	if i < 0 {
		return
	}
	reviewed := 0
	for _, c := range p.w.all {
		if c.Review.Verdict.Reviewed() {
			reviewed++
		}
	}
	p.items[i].Claims, p.items[i].Reviewed = len(p.w.all), reviewed
	p.items[i].Status = p.w.article.Status
	p.list.RefreshItem(i)
}

// reloadKeep reloads and keeps the open article selected.
func (p *articlesPane) reloadKeep() {
	p.reload()
	p.markOpen()
}

// markOpen selects the open article's row without reopening it.
func (p *articlesPane) markOpen() {
	if i := p.index(p.w.article.ID); i >= 0 {
		p.list.Select(i) // onArticleSelected ignores the open article
	}
}

func (p *articlesPane) index(id string) int {
	return slices.IndexFunc(p.items, func(a store.ArticleSummary) bool { return a.ID == id })
}

// onSearchChanged runs the full-text search off the UI goroutine, so typing
// stays fluid however large the file; only the newest query's answer is
// shown.
func (p *articlesPane) onSearchChanged() {
	p.searchSeq++
	seq, query := p.searchSeq, p.search.Text
	p.w.goWork(func() {
		items, err := p.w.st.Articles(p.w.ctx, store.ArticleFilter{Query: query})
		fyne.Do(func() {
			if seq != p.searchSeq {
				return // a newer query is on its way
			}
			if err != nil {
				p.w.showError(err)
				return
			}
			p.items = items
			p.list.UnselectAll()
			p.list.Refresh()
			p.markOpen()
		})
	})
}

func (p *articlesPane) onArticleSelected(id widget.ListItemID) {
	if id < 0 || id >= len(p.items) {
		return
	}
	p.w.openArticle(p.items[id].ID)
}

// onListKey moves through the articles with the arrow keys.
func (p *articlesPane) onListKey(ev *fyne.KeyEvent) bool {
	i := p.index(p.w.article.ID)
	switch ev.Name {
	case fyne.KeyDown:
		if i+1 < len(p.items) {
			p.list.Select(i + 1)
		}
	case fyne.KeyUp:
		if i > 0 {
			p.list.Select(i - 1)
		}
	default:
		return p.w.onKey(ev)
	}
	return true
}

// showStatus shows the open article's status ("" disables the select).
func (p *articlesPane) showStatus(s claims.Status) {
	p.settingStatus = true
	defer func() { p.settingStatus = false }()
	if p.w.article.ID == "" {
		p.status.ClearSelected()
		p.status.Disable()
		return
	}
	p.status.Enable()
	p.status.SetSelected(statusLabel(s))
}

func (p *articlesPane) onStatusChanged(label string) {
	if p.settingStatus || p.w.article.ID == "" {
		return
	}
	for _, s := range statuses() {
		if statusLabel(s) != label || s == p.w.article.Status {
			continue
		}
		a := p.w.article
		a.Status = s
		if err := p.w.st.UpdateArticle(p.w.ctx, a); err != nil {
			p.w.showError(err)
			return
		}
		p.w.article.Status = s
		p.refreshCounts()
	}
}

// focusSearch puts the keyboard into the search field (Ctrl+F).
func (p *articlesPane) focusSearch() {
	p.w.win.Canvas().Focus(p.search)
}
