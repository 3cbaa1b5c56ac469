package app

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/store"
)

// articlesPane is the left pane: a search field over the whole file
// (store full-text search through ArticleFilter.Query), the article list with
// review counts, and the open article's status. While the search field holds
// a query, the list shares the pane with the hits (hitsPane): where in the
// matching articles the words occur.
type articlesPane struct {
	w       *Workbench
	search  *widget.Entry
	list    *keyList
	hits    *hitsPane
	split   *container.Split // list above hits, shown while searching
	status  *widget.Select
	items   []store.ArticleSummary
	box     *fyne.Container // its first object is the list or the split
	content fyne.CanvasObject

	settingStatus bool // true while showStatus fills the select
	searchSeq     int  // number of the newest search
}

func newArticlesPane(w *Workbench) *articlesPane {
	p := &articlesPane{w: w}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder(tr("search.placeholder"))
	p.search.OnChanged = func(string) { p.onSearchChanged() }
	p.search.OnSubmitted = func(string) { p.hits.openFirst() }

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

	p.hits = newHitsPane(w)
	p.split = container.NewVSplit(p.list, p.hits.content)
	p.split.Offset = 0.4
	status := container.NewBorder(nil, nil, widget.NewLabel(tr("article.status")), nil, p.status)
	p.box = container.NewBorder(p.search, status, nil, nil, p.list)
	p.content = p.box
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
	meta := statusLabel(a.Status) // first: the row may be cut short
	for _, s := range []string{a.Published, a.Outlet} {
		if s != "" {
			meta += " · " + s
		}
	}
	row.Objects[0].(*widget.Label).SetText(meta)
	row.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%d/%d", a.Reviewed, a.Claims))
}

// reload lists the articles, and the hits, matching the search field.
func (p *articlesPane) reload() {
	p.searchSeq++ // an answer still on its way is stale now
	r := p.find(p.search.Text)
	if r.err != nil {
		p.w.showError(r.err)
		return
	}
	p.showResult(r)
}

// searchResult is what one query found: the matching articles and the
// hits inside them.
type searchResult struct {
	query string
	items []store.ArticleSummary
	hits  []store.Hit
	err   error
}

// find asks the store for the articles and the hits matching query; both
// searches run at once (the store reads in parallel). An empty query lists
// every article and no hits.
func (p *articlesPane) find(query string) searchResult {
	r := searchResult{query: query}
	if strings.TrimSpace(query) == "" {
		r.items, r.err = p.w.st.Articles(p.w.ctx, store.ArticleFilter{})
		return r
	}
	var hitErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.hits, hitErr = p.w.st.Search(p.w.ctx, query, hitLimit)
	}()
	r.items, r.err = p.w.st.Articles(p.w.ctx, store.ArticleFilter{Query: query})
	<-done
	r.err = cmp.Or(r.err, hitErr)
	return r
}

// showResult lists r's articles and, for a query, its hits below them.
func (p *articlesPane) showResult(r searchResult) {
	p.items = r.items
	p.list.UnselectAll()
	p.list.Refresh()
	center := fyne.CanvasObject(p.list)
	if strings.TrimSpace(r.query) != "" {
		p.hits.show(r.query, r.hits)
		center = p.split
	} else {
		p.hits.show("", nil)
	}
	if p.box.Objects[0] != center {
		p.box.Objects[0] = center
		p.box.Refresh()
	}
}

// title returns the title of listed article id, or "".
func (p *articlesPane) title(id string) string {
	if i := p.index(id); i >= 0 {
		return p.items[i].Title
	}
	return ""
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
		r := p.find(query)
		fyne.Do(func() {
			if seq != p.searchSeq {
				return // a newer query is on its way
			}
			if r.err != nil {
				p.w.showError(r.err)
				return
			}
			p.showResult(r)
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
