package app

import (
	"fyne.io/fyne/v2"

	"github.com/factdesk/factdesk/claims"
)

// makeMenu builds the main menu. Every keyboard action sits here as well,
// with its shortcut shown (plain keys are named in the label, since menus
// only bind shortcuts with a modifier).
func (w *Workbench) makeMenu() *fyne.MainMenu {
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	keyed := func(label, keys string, action func()) *fyne.MenuItem {
		return fyne.NewMenuItem(label+"    ["+keys+"]", action)
	}

	file := fyne.NewMenu(tr("menu.file"),
		item(tr("act.new"), ctrl(fyne.KeyN), w.newFromClipboard),
		item(tr("act.open"), ctrl(fyne.KeyO), w.openFile),
		fyne.NewMenuItemSeparator(),
		item(tr("act.export"), ctrl(fyne.KeyE), w.showExport),
		fyne.NewMenuItem(tr("act.mergeFile"), w.mergeFile),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(tr("act.settings"), w.showSettings),
	)
	edit := fyne.NewMenu(tr("menu.edit"),
		item(tr("act.undo"), &fyne.ShortcutUndo{}, w.undo),
		item(tr("act.find"), ctrl(fyne.KeyF), w.articles.focusSearch),
		fyne.NewMenuItemSeparator(),
		item(tr("act.addClaim"), ctrlShift(fyne.KeyA), w.addClaimFromSelection),
		fyne.NewMenuItem(tr("act.split"), w.splitClaim),
		fyne.NewMenuItem(tr("act.merge"), w.mergeWithNext),
		keyed(tr("act.delete"), "Entf/Del", w.deleteClaim),
		fyne.NewMenuItem(tr("act.deleteArt"), w.deleteArticle),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(tr("act.trash"), func() { w.showTrash() }),
	)

	var verdicts []*fyne.MenuItem
	for i, v := range claims.Verdicts() {
		verdicts = append(verdicts, keyed(v.Label(uiLang), string(rune('0'+i)), func() { w.setVerdict(v) }))
	}
	verdict := fyne.NewMenuItem(tr("menu.verdict"), nil)
	verdict.ChildMenu = fyne.NewMenu("", verdicts...)
	review := fyne.NewMenu(tr("menu.review"),
		keyed(tr("act.next"), "J, ↓", func() { w.claims.move(1) }),
		keyed(tr("act.prev"), "K, ↑", func() { w.claims.move(-1) }),
		verdict,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(tr("act.people"), func() { w.showPeople() }),
	)
	view := fyne.NewMenu(tr("menu.view"),
		fyne.NewMenuItem(tr("act.unreviewed"), w.claims.toggleUnreviewed),
	)
	help := fyne.NewMenu(tr("menu.help"),
		keyed(tr("act.shortcuts"), "F1, ?", w.showShortcuts),
		fyne.NewMenuItem(tr("act.about"), w.showAbout),
	)
	return fyne.NewMainMenu(file, edit, review, view, help)
}
