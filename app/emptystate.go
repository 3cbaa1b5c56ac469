package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// emptyHint lays a short hint over a list, shown only while the list is
// empty, so that an empty pane says why it is empty and what to do.
type emptyHint struct {
	label   *widget.Label
	content fyne.CanvasObject
}

func newEmptyHint(list fyne.CanvasObject) *emptyHint {
	h := &emptyHint{label: widget.NewLabel("")}
	h.label.Wrapping = fyne.TextWrapWord
	h.label.Alignment = fyne.TextAlignCenter
	h.label.Importance = widget.LowImportance
	h.label.Hide()
	h.content = container.NewStack(list, container.NewVBox(h.label))
	return h
}

// set shows text as the hint; "" hides it.
func (h *emptyHint) set(text string) {
	if text == "" {
		h.label.Hide()
		return
	}
	h.label.SetText(text)
	h.label.Show()
}
