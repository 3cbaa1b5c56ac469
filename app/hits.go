package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/store"
)

// hitLimit is how many search hits the hit list shows at most.
const hitLimit = 100

// hitsPane lists where the search field's words occur: article titles,
// claims, notes, sources and article texts (store.Search), one row per hit
// with the passage and the match in bold. Selecting a hit opens its article;
// a claim, note or source hit also selects its claim, a text hit marks the
// passage in the text.
type hitsPane struct {
	w       *Workbench
	header  *widget.Label
	list    *keyList
	hits    []store.Hit
	sel     int // the selected row, -1 for none
	content fyne.CanvasObject
}

func newHitsPane(w *Workbench) *hitsPane {
	p := &hitsPane{w: w, sel: -1}
	p.header = widget.NewLabel("")
	p.header.TextStyle.Bold = true
	p.header.Truncation = fyne.TextTruncateEllipsis
	p.list = newKeyList(func() int { return len(p.hits) }, p.createItem, p.updateItem)
	p.list.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(p.hits) {
			p.sel = id
			p.open(p.hits[id])
		}
	}
	p.list.onKey = p.onKey
	p.list.onRune = w.onRune
	p.content = container.NewBorder(p.header, nil, nil, nil, p.list)
	return p
}

func (p *hitsPane) createItem() fyne.CanvasObject {
	// One widget, two lines: where, then the passage. The template holds
	// both lines, so that the list sizes its rows for two.
	row := widget.NewRichText(&widget.TextSegment{Text: "–", Style: whereStyle},
		&widget.TextSegment{Text: "–", Style: widget.RichTextStyleInline})
	row.Truncation = fyne.TextTruncateEllipsis
	return row
}

// whereStyle is the small first line of a hit: field and article.
var whereStyle = widget.RichTextStyle{
	SizeName:  theme.SizeNameCaptionText,
	ColorName: theme.ColorNamePlaceHolder,
	TextStyle: fyne.TextStyle{Italic: true},
}

func (p *hitsPane) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.hits) {
		return
	}
	h := p.hits[id]
	where := tr("hit." + h.Field)
	if title := p.w.articles.title(h.ArticleID); title != "" {
		where += " · " + title
	}
	row := o.(*widget.RichText)
	row.Segments = append([]widget.RichTextSegment{&widget.TextSegment{Text: where, Style: whereStyle}},
		snippetSegments(shortenSnippet(h.Snippet, 2, 2))...)
	row.Refresh()
}

// show lists hits for query (nil hits and an empty query clear the list).
func (p *hitsPane) show(query string, hits []store.Hit) {
	p.hits = hits
	switch {
	case len(hits) == 0:
		p.header.SetText(trf("hits.none", query))
	case len(hits) == 1:
		p.header.SetText(tr("hits.one"))
	case len(hits) >= hitLimit:
		p.header.SetText(trf("hits.many", len(hits)))
	default:
		p.header.SetText(trf("hits.count", len(hits)))
	}
	p.sel = -1
	p.list.UnselectAll()
	p.list.Refresh()
	p.list.ScrollToTop()
}

// openFirst opens the first hit and gives the hit list the keyboard, so
// that ↓ and ↑ walk through the hits (Enter in the search field).
func (p *hitsPane) openFirst() {
	if len(p.hits) == 0 {
		return
	}
	p.step(1)
	p.w.win.Canvas().Focus(p.list)
}

// step selects and opens the hit delta rows away from the selected one.
func (p *hitsPane) step(delta int) {
	if len(p.hits) == 0 {
		return
	}
	i := max(0, min(p.sel+delta, len(p.hits)-1))
	if p.sel < 0 {
		i = 0
	}
	p.list.Select(i)
	p.list.ScrollTo(i)
}

// onKey moves through the hits with ↓ and ↑; other keys go to the
// workbench.
func (p *hitsPane) onKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown:
		p.step(1)
	case fyne.KeyUp:
		p.step(-1)
	default:
		return p.w.onKey(ev)
	}
	return true
}

// open opens the hit's article and selects its claim, or marks the
// matching passage of the text.
func (p *hitsPane) open(h store.Hit) {
	p.w.openArticleAt(h.ArticleID, h.ClaimID)
	if p.w.article.ID != h.ArticleID {
		return // the article could not be read; openArticleAt said why
	}
	p.w.articles.markOpen()
	if h.ClaimID == "" && h.Field == "text" {
		if start, end, ok := locateSnippet(p.w.article.Text, h.Snippet); ok {
			p.w.text.view.setSelection(start, end)
			p.w.text.revealOffset(start)
		}
	}
}

// snippetSegments renders a store snippet, whose matches are marked by [
// and ], as rich text with the matches in bold.
func snippetSegments(s string) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	add := func(text string, bold bool) {
		if text == "" {
			return
		}
		style := widget.RichTextStyleInline
		if bold {
			style = widget.RichTextStyleStrong
		}
		segs = append(segs, &widget.TextSegment{Text: text, Style: style})
	}
	for s != "" {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], ']')
		if end < 0 {
			break
		}
		add(s[:open], false)
		add(s[open+1:open+end], true)
		s = s[open+end+1:]
	}
	add(s, false)
	return segs
}

// shortenSnippet keeps at most before words of the context ahead of the
// first match and after words behind it, marking each cut with …, so that
// the match shows in a narrow row (a row of several text segments is
// clipped, not ellipsised, when too long).
func shortenSnippet(s string, before, after int) string {
	open := strings.IndexByte(s, '[')
	if open < 0 {
		return s
	}
	shut := strings.IndexByte(s[open:], ']')
	if shut < 0 {
		return s
	}
	shut += open + 1
	head, match, tail := s[:open], s[open:shut], s[shut:]

	// The part of a word the match continues (or that continues the
	// match) stays with it.
	cut := strings.LastIndexAny(head, " \n") + 1
	head, match = head[:cut], head[cut:]+match
	if ws := strings.Fields(strings.TrimPrefix(head, "…")); len(ws) > before {
		head = "…" + strings.Join(ws[len(ws)-before:], " ") + " "
		if before == 0 {
			head = "…"
		}
	}
	if cut = strings.IndexAny(tail, " \n"); cut >= 0 {
		match, tail = match+tail[:cut], tail[cut:]
		if ws := strings.Fields(strings.TrimSuffix(tail, "…")); len(ws) > after {
			tail = " " + strings.Join(ws[:after], " ") + "…"
			if after == 0 {
				tail = "…"
			}
		}
	} else {
		match, tail = match+tail, ""
	}
	return head + match + tail
}

// locateSnippet finds a store snippet in the text it was cut from and
// returns the byte span of its first match.
func locateSnippet(text, snippet string) (start, end int, ok bool) {
	var plain strings.Builder
	start, end = -1, -1
	for _, seg := range snippetSegments(snippet) {
		ts := seg.(*widget.TextSegment)
		if ts.Style == widget.RichTextStyleStrong && start < 0 {
			start, end = plain.Len(), plain.Len()+len(ts.Text)
		}
		plain.WriteString(ts.Text)
	}
	p := plain.String()
	if start < 0 {
		return 0, 0, false
	}
	if strings.HasPrefix(p, "…") {
		p = p[len("…"):]
		start, end = start-len("…"), end-len("…")
	}
	p = strings.TrimSuffix(p, "…")
	at := strings.Index(text, p)
	if at < 0 || start < 0 {
		return 0, 0, false
	}
	return at + start, at + end, true
}
