package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/store"
)

// trashWindow lists deleted articles, claims and sources with a button to
// restore each and one to empty the trash for good, after a confirmation.
type trashWindow struct {
	w     *Workbench
	win   fyne.Window
	items []store.TrashItem
	list  *widget.List
	hint  *emptyHint
	empty *widget.Button
}

// showTrash opens the trash window.
func (w *Workbench) showTrash() *trashWindow {
	t := &trashWindow{w: w, win: w.app.NewWindow(tr("trash.title"))}
	t.list = widget.NewList(func() int { return len(t.items) }, t.createItem, t.updateItem)
	t.empty = widget.NewButtonWithIcon(tr("trash.empty"), theme.DeleteIcon(), t.onEmpty)
	t.empty.Importance = widget.DangerImportance
	t.hint = newEmptyHint(t.list)
	t.reload()
	t.win.SetContent(container.NewBorder(nil, container.NewHBox(t.empty), nil, nil, t.hint.content))
	t.win.Resize(fyne.NewSize(640, 480))
	t.win.Show()
	return t
}

func (t *trashWindow) reload() {
	items, err := t.w.st.Trash(t.w.ctx)
	if err != nil {
		t.w.showError(err)
		return
	}
	t.items = items
	if len(items) == 0 {
		t.empty.Disable()
		t.hint.set(tr("trash.none"))
	} else {
		t.empty.Enable()
		t.hint.set("")
	}
	t.list.Refresh()
}

func (t *trashWindow) createItem() fyne.CanvasObject {
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	restore := widget.NewButtonWithIcon(tr("trash.restore"), theme.ContentUndoIcon(), nil)
	return container.NewBorder(nil, nil, nil, restore, label)
}

func (t *trashWindow) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(t.items) {
		return
	}
	it := t.items[id]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(tr("entity."+it.Entity) + ": " + it.Label + " (" + it.DeletedAt.Local().Format("2006-01-02 15:04") + ")")
	row.Objects[1].(*widget.Button).OnTapped = func() { t.restore(it) }
}

func (t *trashWindow) restore(it store.TrashItem) {
	var err error
	switch it.Entity {
	case "article":
		err = t.w.st.RestoreArticle(t.w.ctx, it.ID)
	case "claim":
		err = t.w.st.RestoreClaim(t.w.ctx, it.ID)
	case "source":
		err = t.w.st.RestoreSource(t.w.ctx, it.ID)
	default:
		return
	}
	if err != nil {
		dialog.ShowError(err, t.win)
		return
	}
	t.reload()
	t.w.reloadAll()
}

func (t *trashWindow) onEmpty() {
	dialog.ShowConfirm(tr("trash.empty"), trf("trash.confirm", len(t.items)), func(ok bool) {
		if !ok {
			return
		}
		n, err := t.w.st.EmptyTrash(t.w.ctx)
		if err != nil {
			dialog.ShowError(err, t.win)
			return
		}
		t.w.setStatus(trf("trash.emptied", n))
		t.reload()
	}, t.win)
}
