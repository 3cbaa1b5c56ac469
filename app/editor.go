package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/store"
)

// noteDelay is how long the note waits after the last keystroke before it
// is saved; leaving the field, selecting another claim or quitting saves at
// once.
const noteDelay = 600 * time.Millisecond

// claimEditor edits the selected claim: verdict, explanation (note), kind,
// speaker and text, shows the age check and "seen before" matches, and
// holds the claim's sources.
type claimEditor struct {
	w       *Workbench
	claimID string

	header  *widget.Label
	verdict *widget.Select
	note    *commitEntry
	kind    *widget.Select
	speaker *commitEntry
	text    *commitEntry
	age     *widget.Label
	seen    *widget.Label
	copySrc *widget.Button
	seenID  string // the earlier claim whose sources copySrc copies
	sources *sourcesPane
	form    *fyne.Container
	empty   *widget.Label
	content fyne.CanvasObject

	loading   bool        // true while show fills the fields
	noteTimer *time.Timer // pending debounced note save
	noteFor   string      // claim the pending note belongs to
}

func newClaimEditor(w *Workbench) *claimEditor {
	e := &claimEditor{w: w}
	e.header = widget.NewLabel("")
	e.header.Wrapping = fyne.TextWrapWord

	var verdicts []string
	for _, v := range claims.Verdicts() {
		verdicts = append(verdicts, v.Label(uiLang))
	}
	e.verdict = widget.NewSelect(verdicts, func(string) { e.onVerdictChanged() })

	e.note = newCommitEntry(true)
	e.note.OnChanged = func(string) { e.onNoteChanged() }
	e.note.onCommit = e.saveNote

	var kinds []string
	for _, k := range claims.Kinds() {
		kinds = append(kinds, kindLabel(k))
	}
	e.kind = widget.NewSelect(kinds, func(string) { e.onKindChanged() })
	e.speaker = newCommitEntry(false)
	e.speaker.onCommit = e.saveFields
	e.text = newCommitEntry(true)
	e.text.SetMinRowsVisible(3) // most claims fit without a half-cut line
	e.text.onCommit = e.saveFields

	e.age = widget.NewLabel("")
	e.seen = widget.NewLabel("")
	e.seen.Wrapping = fyne.TextWrapWord
	e.copySrc = widget.NewButton(tr("editor.copySrc"), e.onCopySources)
	e.sources = newSourcesPane(w)

	form := widget.NewForm(
		widget.NewFormItem(tr("editor.verdict"), e.verdict),
		widget.NewFormItem(tr("editor.note"), e.note),
		widget.NewFormItem(tr("editor.kind"), e.kind),
		widget.NewFormItem(tr("editor.speaker"), e.speaker),
		widget.NewFormItem(tr("editor.text"), e.text),
	)
	e.form = container.NewVBox(e.header, form, e.age, e.seen, e.copySrc,
		widget.NewSeparator(), e.sources.content)
	e.empty = widget.NewLabel(tr("editor.none"))
	// Room on the right keeps the scroll bar off the fields' edges.
	inset := container.New(layout.NewCustomPaddedLayout(0, 0, 0, 2*theme.Padding()), e.form)
	e.content = container.NewStack(container.NewVScroll(inset), e.empty)
	e.show(nil)
	return e
}

// show fills the editor with c (nil hides the fields).
func (e *claimEditor) show(c *claims.Claim) {
	e.loading = true
	defer func() { e.loading = false }()
	if c == nil {
		e.claimID = ""
		e.form.Hide()
		e.empty.Show()
		return
	}
	e.claimID = c.ID
	e.empty.Hide()
	e.form.Show()
	header := kindLabel(c.Kind)
	if c.Review.Reviewer != "" {
		header += " · " + trf("editor.reviewedBy", c.Review.Reviewer, c.Review.ReviewedAt.Local().Format("2006-01-02 15:04"))
	}
	e.header.SetText(header)
	v := c.Review.Verdict
	if v == "" {
		v = claims.Unreviewed
	}
	e.verdict.SetSelected(v.Label(uiLang))
	if e.noteFor != c.ID { // keep what is being typed when the claim is merely re-read
		e.note.SetText(c.Review.Note)
	}
	e.kind.SetSelected(kindLabel(c.Kind))
	e.speaker.SetText(c.Speaker)
	e.text.SetText(c.Text)
	switch c.AgeCheck.Result {
	case claims.AgeRight:
		e.age.SetText(trf("editor.ageRight", c.AgeCheck.Expected))
		e.age.Show()
	case claims.AgeWrong:
		e.age.SetText(trf("editor.ageWrong", c.AgeCheck.Expected))
		e.age.Show()
	default:
		e.age.Hide()
	}
	e.showSeenBefore(c)
	e.sources.show(c)
}

// showSeenBefore shows the first earlier reviewed claim that matches c.
func (e *claimEditor) showSeenBefore(c *claims.Claim) {
	e.seenID = ""
	e.seen.Hide()
	e.copySrc.Hide()
	matches, err := e.w.st.SeenBefore(e.w.ctx, c.ID)
	if err != nil {
		return // a failed look-up must not block reviewing; nothing to show
	}
	for _, m := range matches {
		if m.Claim.ID == c.ID || !m.Claim.Review.Verdict.Reviewed() {
			continue
		}
		e.seenID = m.Claim.ID
		e.seen.SetText(trf("editor.seen", m.ArticleTitle, m.Claim.Review.Verdict.Label(uiLang)))
		e.seen.Show()
		if len(m.Claim.Sources) > 0 {
			e.copySrc.Show()
		}
		return
	}
}

func (e *claimEditor) onCopySources() {
	if e.seenID == "" || e.claimID == "" {
		return
	}
	n, err := e.w.st.CopySources(e.w.ctx, e.seenID, e.claimID)
	if err != nil {
		e.w.showError(err)
		return
	}
	e.w.setStatus(trf("editor.copied", n))
	e.w.claimChanged(e.claimID)
}

func (e *claimEditor) onVerdictChanged() {
	if e.loading || e.claimID == "" {
		return
	}
	i := e.verdict.SelectedIndex()
	if i < 0 {
		return
	}
	e.w.setVerdict(claims.Verdicts()[i])
	e.w.focusClaims() // so that J/K and the number keys go on working
}

func (e *claimEditor) onKindChanged() {
	if e.loading || e.claimID == "" {
		return
	}
	i := e.kind.SelectedIndex()
	if i < 0 {
		return
	}
	k := claims.Kinds()[i]
	if err := e.w.st.UpdateClaim(e.w.ctx, e.claimID, store.ClaimUpdate{Kind: &k}); err != nil {
		e.w.showError(err)
		return
	}
	e.w.claimChanged(e.claimID)
}

// onNoteChanged (re)starts the debounce timer.
func (e *claimEditor) onNoteChanged() {
	if e.loading || e.claimID == "" {
		return
	}
	e.noteFor = e.claimID
	if e.noteTimer != nil {
		e.noteTimer.Stop()
	}
	e.noteTimer = time.AfterFunc(noteDelay, func() { fyne.Do(e.saveNote) })
}

// saveNote writes a pending note at once.
func (e *claimEditor) saveNote() {
	if e.noteTimer != nil {
		e.noteTimer.Stop()
		e.noteTimer = nil
	}
	id := e.noteFor
	if id == "" {
		return
	}
	e.noteFor = ""
	note := e.note.Text
	if i := e.w.claimIndex(id); i >= 0 {
		if e.w.all[i].Review.Note == note {
			return
		}
		e.w.all[i].Review.Note = note
	}
	if err := e.w.st.SetNote(e.w.ctx, id, note); err != nil {
		e.w.showError(err)
		return
	}
	e.w.setStatus(tr("status.saved"))
}

// saveFields writes changed text and speaker.
func (e *claimEditor) saveFields() {
	if e.loading || e.claimID == "" {
		return
	}
	c, ok := e.w.currentClaim()
	if !ok || c.ID != e.claimID {
		return
	}
	var u store.ClaimUpdate
	if t := e.text.Text; t != c.Text && t != "" {
		u.Text = &t
	}
	if s := e.speaker.Text; s != c.Speaker {
		u.Speaker = &s
	}
	if u.Text == nil && u.Speaker == nil {
		return
	}
	if err := e.w.st.UpdateClaim(e.w.ctx, e.claimID, u); err != nil {
		e.w.showError(err)
		return
	}
	e.w.claimChanged(e.claimID)
}

// commit saves whatever is still pending (note, text, speaker).
func (e *claimEditor) commit() {
	e.saveNote()
	e.saveFields()
}

// commitEntry is an Entry that reports losing the focus, so that edits are
// saved when the reviewer moves on.
type commitEntry struct {
	widget.Entry
	onCommit func()
}

func newCommitEntry(multiLine bool) *commitEntry {
	e := &commitEntry{}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrapWord
	if !multiLine {
		e.Wrapping = fyne.TextWrapOff
	}
	e.ExtendBaseWidget(e)
	e.OnSubmitted = func(string) {
		if e.onCommit != nil {
			e.onCommit()
		}
	}
	return e
}

// FocusLost saves.
func (e *commitEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onCommit != nil {
		e.onCommit()
	}
}
