package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keyList is a widget.List that hands keys to the workbench. A tapped list
// takes the keyboard focus, and a focused widget receives keys instead of
// the canvas; without this the triage keys (J/K, 0–8, Delete) would stop
// working as soon as the reviewer clicked a row.
type keyList struct {
	widget.List

	// onKey handles a key first; returning false leaves it to the list.
	onKey func(*fyne.KeyEvent) bool
	// onRune receives every typed character.
	onRune func(rune)
}

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{}
	l.Length = length
	l.CreateItem = create
	l.UpdateItem = update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey offers the key to onKey, then to the list.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	if l.onKey != nil && l.onKey(ev) {
		return
	}
	l.List.TypedKey(ev)
}

// TypedRune passes the character to onRune.
func (l *keyList) TypedRune(r rune) {
	if l.onRune != nil {
		l.onRune(r)
	}
}
