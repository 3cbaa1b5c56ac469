package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/store"
)

// The claim actions of the Edit and Review menus. Each is one store call
// (one transaction), followed by a refresh of what it changed.

// setVerdict gives the selected claim verdict v.
func (w *Workbench) setVerdict(v claims.Verdict) {
	c, ok := w.currentClaim()
	if !ok {
		return
	}
	if c.Review.Verdict == v {
		return
	}
	if err := w.st.SetVerdict(w.ctx, c.ID, v); err != nil {
		w.showError(err)
		return
	}
	w.setStatus(v.Label(uiLang) + " · " + tr("status.saved"))
	w.claimChanged(c.ID)
}

// setVerdictKey sets the verdict at index n of the scale (number keys).
func (w *Workbench) setVerdictKey(n int) {
	vs := claims.Verdicts()
	if n >= 0 && n < len(vs) {
		w.setVerdict(vs[n])
	}
}

// addClaimFromSelection adds a manual claim (kind fact) for the text
// selected in the article; kind, speaker and wording are edited afterwards.
func (w *Workbench) addClaimFromSelection() {
	if w.article.ID == "" {
		return
	}
	start, end, ok := w.text.view.selection()
	if !ok {
		w.showError(errors.New(tr("err.selection")))
		return
	}
	text := strings.Join(strings.Fields(w.article.Text[start:end]), " ")
	id, err := w.st.AddClaim(w.ctx, w.article.ID, claims.Claim{Found: claims.Found{Kind: claims.KindFact, Start: start, End: end, Text: text}, Origin: claims.OriginManual})
	if err != nil {
		w.showError(err)
		return
	}
	w.text.view.setSelection(0, 0)
	w.reloadClaims(id)
}

// mergeWithNext merges the selected claim with the next one in the text.
func (w *Workbench) mergeWithNext() {
	i := w.claimIndex(w.current)
	if i < 0 {
		w.showError(errors.New(tr("err.noClaim")))
		return
	}
	if i+1 >= len(w.all) {
		w.showError(errors.New(tr("err.noNext")))
		return
	}
	ids := []string{w.all[i].ID, w.all[i+1].ID}
	id, err := w.st.MergeClaims(w.ctx, ids)
	if err != nil {
		w.showError(err)
		return
	}
	w.reloadClaims(id)
}

// deleteClaim moves the selected claim to the trash.
func (w *Workbench) deleteClaim() {
	c, ok := w.currentClaim()
	if !ok {
		return
	}
	if err := w.st.DeleteClaim(w.ctx, c.ID); err != nil {
		w.showError(err)
		return
	}
	w.reloadClaims("")
}

// deleteArticle moves the open article to the trash.
func (w *Workbench) deleteArticle() {
	if w.article.ID == "" {
		return
	}
	dialog.ShowConfirm(tr("act.deleteArt"), w.article.Title, func(ok bool) {
		if !ok {
			return
		}
		if err := w.st.DeleteArticle(w.ctx, w.article.ID); err != nil {
			w.showError(err)
			return
		}
		w.closeArticle()
		w.articles.reload()
	}, w.win)
}

// undo reverts the newest change in the file. While a text field has the
// focus, Ctrl+Z undoes typing in that field instead.
func (w *Workbench) undo() {
	if e, ok := w.win.Canvas().Focused().(fyne.Shortcutable); ok && isTextInput(e) {
		e.TypedShortcut(&fyne.ShortcutUndo{})
		return
	}
	w.flush()
	ch, err := w.st.Undo(w.ctx)
	if errors.Is(err, store.ErrNothingToUndo) {
		w.setStatus(tr("undo.nothing"))
		return
	}
	if err != nil {
		w.showError(err)
		return
	}
	w.setStatus(trf("undo.done", tr("entity."+ch.Entity)))
	w.reloadAll()
}

// isTextInput reports whether o is a text field (any Entry).
func isTextInput(o any) bool {
	_, ok := o.(interface {
		SelectedText() string
		CursorPosition() fyne.Position
	})
	_, list := o.(*keyList)
	return ok && !list
}
