// Package app is factdesk's Fyne workbench: one window with the article list
// on the left, the article text with its claims highlighted in the middle and
// the claim list above the claim editor on the right.
//
// Each pane is a struct holding its widgets (articles.go with the search
// hits of hits.go, textview.go, claimlist.go, editor.go, sources.go), built
// by a newXxx constructor and told about changes through the Workbench,
// which owns the state: the open article, its claims and the selected
// claim. Dialogs with state of their own (split.go, trash.go, people.go)
// are structs too. Every edit goes straight to the
// store in its own transaction, so nothing is lost on quit. Long work
// (extraction on import, export, merging files) runs in a goroutine behind a
// progress dialog and touches widgets only through fyne.Do.
package app

import (
	"context"
	"errors"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/store"
)

// Preference keys.
const (
	// prefReviewer holds the reviewer's name, stamped on every change.
	prefReviewer = "reviewer"
	// prefLanguage holds "de" or "en"; empty follows the system.
	prefLanguage = "language"
)

// Workbench is the main window and the state it shows.
type Workbench struct {
	app fyne.App
	win fyne.Window
	st  *store.Store
	ctx context.Context

	articles *articlesPane
	text     *textPane
	claims   *claimsPane
	editor   *claimEditor
	status   *widget.Label

	article claims.Article // the open article; ID "" when none
	all     []claims.Claim // its live claims in store order (by start)
	current string         // selected claim ID, "" when none

	jobs      sync.WaitGroup // background work in flight; tests wait on it
	lastForm  *articleForm   // the article form shown last (tests fill it)
	lastSplit *splitDialog   // the split dialog shown last (tests move its cut)
	// background starts work off the UI goroutine (go f()); tests run it
	// in place, because the test driver runs fyne.Do right where it is
	// called rather than on one UI goroutine.
	background func(f func())
}

// New builds the workbench window for st on a (an app created with
// app.NewWithID, so that preferences persist). The caller shows the window.
func New(a fyne.App, st *store.Store) *Workbench {
	w := &Workbench{app: a, st: st, ctx: context.Background(), background: func(f func()) { go f() }}
	l := a.Preferences().String(prefLanguage)
	if l == "" {
		l = systemLanguage()
	}
	setLanguage(l)
	st.SetActor(a.Preferences().String(prefReviewer))

	w.win = a.NewWindow("factdesk")
	w.win.Resize(fyne.NewSize(1280, 760)) // fits a 1366×768 laptop screen
	w.build()
	w.win.SetOnDropped(w.onDropped)
	w.win.SetCloseIntercept(func() {
		w.flush()
		w.win.Close()
	})
	a.Lifecycle().SetOnStopped(w.flush)

	w.articles.reload()
	if len(w.articles.items) > 0 {
		w.articles.list.Select(0)
	}
	if a.Preferences().String(prefReviewer) == "" {
		w.askReviewer()
	}
	return w
}

// Window returns the workbench window.
func (w *Workbench) Window() fyne.Window { return w.win }

// build creates the panes, the menu and the key bindings; called again when
// the language changes.
func (w *Workbench) build() {
	w.articles = newArticlesPane(w)
	w.text = newTextPane(w)
	w.claims = newClaimsPane(w)
	w.editor = newClaimEditor(w)
	w.status = widget.NewLabel("")

	right := container.NewVSplit(w.claims.content, w.editor.content)
	right.Offset = 0.42
	center := container.NewHSplit(w.text.content, right)
	center.Offset = 0.53
	main := container.NewHSplit(w.articles.content, center)
	main.Offset = 0.23 // room for German titles and the search hits
	w.win.SetContent(container.NewBorder(nil, w.status, nil, nil, main))
	w.win.SetMainMenu(w.makeMenu())
	w.bindKeys()
	w.showActor()
}

// rebuild recreates the window's content (after a language switch), keeping
// the open article and claim.
func (w *Workbench) rebuild() {
	art, cur := w.article.ID, w.current
	w.build()
	w.articles.reload()
	w.article = claims.Article{}
	if art != "" {
		w.openArticle(art)
		w.selectClaim(cur)
	}
}

// flush saves edits still waiting (a note being typed).
func (w *Workbench) flush() {
	if w.editor != nil {
		w.editor.commit()
	}
}

// showError shows err in a dialog; store errors read as they are.
func (w *Workbench) showError(err error) {
	if err == nil {
		return
	}
	dialog.ShowError(err, w.win)
}

// setStatus shows a short message in the status bar.
func (w *Workbench) setStatus(msg string) { w.status.SetText(msg) }

func (w *Workbench) showActor() {
	if name := w.app.Preferences().String(prefReviewer); name != "" {
		w.setStatus(trf("status.actor", name))
	}
}

// openArticle loads article id with its claims and selects the first claim.
func (w *Workbench) openArticle(id string) { w.openArticleAt(id, "") }

// openArticleAt loads article id with its claims and selects claim want, or
// the first listed claim when want is "". An article already open is not
// read again; only want is selected in it.
func (w *Workbench) openArticleAt(id, want string) {
	if id == w.article.ID {
		if want != "" {
			w.selectClaim(want)
		}
		return
	}
	w.flush()
	a, err := w.st.Article(w.ctx, id)
	if err != nil {
		w.showError(err)
		return
	}
	w.article = a
	w.win.SetTitle(a.Title + " – factdesk")
	w.current = ""
	w.loadClaims()
	w.text.show(a, w.all)
	w.articles.showStatus(a.Status)
	w.claims.apply()
	if want == "" {
		want = w.claims.first()
	}
	if want != "" {
		w.selectClaim(want)
	} else {
		w.editor.show(nil)
	}
}

// focusClaims gives the keyboard to the claim list.
func (w *Workbench) focusClaims() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(w.claims.list); c != nil {
		c.Focus(w.claims.list)
	}
}

// closeArticle empties the middle and right panes.
func (w *Workbench) closeArticle() {
	w.flush()
	w.article, w.all, w.current = claims.Article{}, nil, ""
	w.win.SetTitle("factdesk")
	w.text.show(w.article, nil)
	w.articles.showStatus("")
	w.claims.apply()
	w.editor.show(nil)
}

// loadClaims reads the open article's live claims.
func (w *Workbench) loadClaims() {
	w.all = nil
	if w.article.ID == "" {
		return
	}
	cs, err := w.st.Claims(w.ctx, w.article.ID, store.ClaimFilter{})
	if err != nil {
		w.showError(err)
		return
	}
	w.all = cs
}

// reloadClaims re-reads the claims after a structural change (add, split,
// merge, delete, undo) and selects want, or the claim at the old position.
func (w *Workbench) reloadClaims(want string) {
	pos := w.claims.position(w.current)
	w.current = ""
	w.loadClaims()
	w.text.view.setClaims(w.all)
	w.claims.apply()
	w.articles.refreshCounts()
	if want == "" || w.claimIndex(want) < 0 {
		want = w.claims.at(pos)
	}
	if want != "" {
		w.selectClaim(want)
	} else {
		w.editor.show(nil)
		w.text.view.setCurrent("")
	}
}

// reloadAll re-reads everything (after undo, restore, merge).
func (w *Workbench) reloadAll() {
	art, cur := w.article.ID, w.current
	w.articles.reloadKeep()
	if art == "" {
		return
	}
	a, err := w.st.Article(w.ctx, art)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			w.closeArticle()
			return
		}
		w.showError(err)
		return
	}
	w.article = a
	w.articles.showStatus(a.Status)
	w.text.show(a, nil)
	w.current = cur
	w.reloadClaims(cur)
}

func (w *Workbench) claimIndex(id string) int {
	return slices.IndexFunc(w.all, func(c claims.Claim) bool { return c.ID == id })
}

// currentClaim returns the selected claim.
func (w *Workbench) currentClaim() (*claims.Claim, bool) {
	i := w.claimIndex(w.current)
	if i < 0 {
		return nil, false
	}
	return &w.all[i], true
}

// selectClaim selects claim id in the list (which shows it in the editor and
// the text). A claim hidden by the filters is shown all the same.
func (w *Workbench) selectClaim(id string) {
	if !w.claims.selectID(id) {
		w.showClaim(id)
	}
}

// showClaim makes id the selected claim in the text and the editor.
func (w *Workbench) showClaim(id string) {
	if id != w.current {
		w.flush()
	}
	w.current = id
	c, ok := w.currentClaim()
	if !ok {
		w.editor.show(nil)
		w.text.view.setCurrent("")
		return
	}
	w.editor.show(c)
	w.text.reveal(c)
}

// claimChanged re-reads claim id after an edit of its fields and updates
// every pane that shows it.
func (w *Workbench) claimChanged(id string) {
	c, err := w.st.Claim(w.ctx, id)
	if err != nil {
		w.showError(err)
		return
	}
	if i := w.claimIndex(id); i >= 0 {
		w.all[i] = c
	}
	w.text.view.setClaims(w.all)
	w.claims.list.Refresh()
	w.articles.refreshCounts()
	if id == w.current {
		w.editor.show(&c)
	}
}

// run does work in a goroutine behind a progress dialog titled msg; done,
// if work returns one, then runs on the UI goroutine, and an error shows in
// a dialog (work may return both: a partial success and what failed).
func (w *Workbench) run(msg string, work func(ctx context.Context) (done func(), err error)) {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(msg, bar, w.win)
	d.Show()
	w.goWork(func() {
		done, err := work(w.ctx)
		fyne.Do(func() {
			bar.Stop()
			d.Hide()
			if done != nil {
				done()
			}
			w.showError(err)
		})
	})
}

// goWork runs f in the background, counted in w.jobs.
func (w *Workbench) goWork(f func()) {
	w.jobs.Add(1)
	w.background(func() {
		defer w.jobs.Done()
		f()
	})
}

// askReviewer asks for the reviewer's name (first start).
func (w *Workbench) askReviewer() {
	name := widget.NewEntry()
	name.Validator = func(s string) error {
		if len([]rune(s)) == 0 {
			return errors.New(tr("err.required"))
		}
		return nil
	}
	d := dialog.NewForm(tr("welcome.title"), tr("ok"), tr("cancel"),
		[]*widget.FormItem{{Text: tr("settings.name"), Widget: name, HintText: tr("settings.askName")}},
		func(ok bool) {
			if ok {
				w.setReviewer(name.Text)
			}
		}, w.win)
	d.Resize(fyne.NewSize(540, d.MinSize().Height)) // the hint under the field fits in German too
	d.Show()
}

// setReviewer stores name and stamps it on every change from now on.
func (w *Workbench) setReviewer(name string) {
	w.app.Preferences().SetString(prefReviewer, name)
	w.st.SetActor(name)
	w.showActor()
}

// showFileDialog shows a file dialog at a size where paths are readable.
func showFileDialog(d *dialog.FileDialog) {
	d.Resize(fyne.NewSize(900, 620))
	d.Show()
}
