package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
)

// Keyboard handling. Plain keys (J/K, arrows, 0–8, Delete, ?, F1) reach the
// canvas only while no text field has the focus, so they never fire while
// the reviewer types; the two lists pass them on too (keyList). Keys with
// Ctrl are main-menu shortcuts, registered on the canvas as well so that they
// also work where the menu is not native (and in tests).

// command is one action with its menu label and optional shortcut.
type command struct {
	label    string
	shortcut fyne.Shortcut // nil when the action has no Ctrl shortcut
	keys     string        // the plain keys that trigger it, for the help sheet
	action   func()
}

// ctrl returns the Ctrl (Cmd on macOS) shortcut for key.
func ctrl(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// ctrlShift returns the Ctrl+Shift shortcut for key.
func ctrlShift(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// commands lists every action that has a key, in help-sheet order.
func (w *Workbench) commands() []command {
	return []command{
		{tr("act.new"), ctrl(fyne.KeyN), "", w.newFromClipboard},
		{tr("act.open"), ctrl(fyne.KeyO), "", w.openFile},
		{tr("act.export"), ctrl(fyne.KeyE), "", w.showExport},
		{tr("act.undo"), &fyne.ShortcutUndo{}, "", w.undo},
		{tr("act.find"), ctrl(fyne.KeyF), "", w.articles.focusSearch},
		{tr("act.next"), nil, "J, ↓", func() { w.claims.move(1) }},
		{tr("act.prev"), nil, "K, ↑", func() { w.claims.move(-1) }},
		{tr("act.verdictKey"), nil, "0–8", nil},
		{tr("act.delete"), nil, "Entf/Del", w.deleteClaim},
		{tr("act.addClaim"), ctrlShift(fyne.KeyA), "", w.addClaimFromSelection},
		{tr("act.shortcuts"), nil, "F1, ?", w.showShortcuts},
	}
}

// bindKeys registers the canvas key handlers and Ctrl shortcuts.
func (w *Workbench) bindKeys() {
	c := w.win.Canvas()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { w.onKey(ev) })
	c.SetOnTypedRune(w.onRune)
	for _, cmd := range w.commands() {
		if cmd.shortcut != nil {
			c.RemoveShortcut(cmd.shortcut)
			c.AddShortcut(cmd.shortcut, func(fyne.Shortcut) { cmd.action() })
		}
	}
}

// dialogOpen reports whether a dialog covers the window; the plain keys
// then must not act on the claims behind it.
func (w *Workbench) dialogOpen() bool { return w.win.Canvas().Overlays().Top() != nil }

// onKey handles plain keys; false when the key is not one of ours.
func (w *Workbench) onKey(ev *fyne.KeyEvent) bool {
	if w.dialogOpen() {
		return false
	}
	switch ev.Name {
	case fyne.KeyDown:
		w.claims.move(1)
	case fyne.KeyUp:
		w.claims.move(-1)
	case fyne.KeyDelete, fyne.KeyBackspace: // Backspace is the Mac's delete key
		w.deleteClaim()
	case fyne.KeyF1:
		w.showShortcuts()
	default:
		return false
	}
	return true
}

// onRune handles typed characters: J/K move, 0–8 set the verdict with that
// index in claims.Verdicts(), ? shows the shortcuts.
func (w *Workbench) onRune(r rune) {
	if w.dialogOpen() {
		return
	}
	switch {
	case r == 'j' || r == 'J':
		w.claims.move(1)
	case r == 'k' || r == 'K':
		w.claims.move(-1)
	case r >= '0' && r <= '9':
		w.setVerdictKey(int(r - '0'))
	case r == '?':
		w.showShortcuts()
	}
}

// showShortcuts shows the keyboard sheet.
func (w *Workbench) showShortcuts() {
	grid := container.New(layout.NewFormLayout()) // keys as narrow as they are, actions take the rest
	add := func(keys, what string) {
		k := widget.NewLabel(keys)
		k.TextStyle.Monospace = true
		grid.Add(k)
		grid.Add(widget.NewLabel(what))
	}
	for _, cmd := range w.commands() {
		keys := cmd.keys
		if cmd.shortcut != nil {
			keys = shortcutText(cmd.shortcut)
		}
		add(keys, cmd.label)
	}
	for i, v := range claims.Verdicts() {
		add(string(rune('0'+i)), v.Label(uiLang))
	}
	d := dialog.NewCustom(tr("help.title"), tr("ok"), container.NewVScroll(grid), w.win)
	d.Resize(fyne.NewSize(520, 640))
	d.Show()
}

// shortcutText renders a Ctrl shortcut as "Strg+N" or "Ctrl+N".
func shortcutText(s fyne.Shortcut) string {
	mod := "Ctrl+"
	if uiLang == "de" {
		mod = "Strg+"
	}
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return mod + "Z" // the only standard shortcut in the list: undo
	}
	if cs.Modifier&fyne.KeyModifierShift != 0 {
		mod += "Shift+"
	}
	return mod + string(cs.KeyName)
}
