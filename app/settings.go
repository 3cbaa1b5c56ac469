package app

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// languages offered in the settings, with their names in themselves.
var languages = []struct{ code, name string }{{"de", "Deutsch"}, {"en", "English"}}

// showSettings edits the reviewer name and the language.
func (w *Workbench) showSettings() {
	name := widget.NewEntry()
	name.SetText(w.app.Preferences().String(prefReviewer))
	name.Validator = func(s string) error {
		if s == "" {
			return errors.New(tr("err.required"))
		}
		return nil
	}
	var names []string
	for _, l := range languages {
		names = append(names, l.name)
	}
	lang := widget.NewSelect(names, nil)
	for i, l := range languages {
		if l.code == uiLang {
			lang.SetSelectedIndex(i)
		}
	}
	d := dialog.NewForm(tr("settings.title"), tr("save"), tr("cancel"), []*widget.FormItem{
		widget.NewFormItem(tr("settings.name"), name),
		widget.NewFormItem(tr("settings.lang"), lang),
	}, func(ok bool) {
		if !ok {
			return
		}
		w.setReviewer(name.Text)
		if i := lang.SelectedIndex(); i >= 0 && languages[i].code != uiLang {
			w.setLanguage(languages[i].code)
		}
	}, w.win)
	d.Resize(fyne.NewSize(460, 220))
	d.Show()
}

// setLanguage switches the interface language and remembers the choice.
func (w *Workbench) setLanguage(code string) {
	w.app.Preferences().SetString(prefLanguage, code)
	setLanguage(code)
	w.rebuild()
}

// showAbout shows the version and where the data lives.
func (w *Workbench) showAbout() {
	version := w.app.Metadata().Version
	if version == "" {
		version = "dev"
	}
	prefs := ""
	if root := w.app.Storage().RootURI(); root != nil {
		prefs = root.Path()
	}
	text := widget.NewLabel(trf("about.text", version, w.st.Path(), prefs))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(tr("about.title"), tr("ok"), text, w.win)
	d.Resize(fyne.NewSize(560, 260))
	d.Show()
}

// mergeFile merges another reviewer's factdesk file into this one.
func (w *Workbench) mergeFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		w.flush()
		w.run(tr("merge.running"), func(ctx context.Context) (func(), error) {
			rep, err := w.st.Merge(ctx, path)
			if err != nil {
				return nil, err
			}
			return func() {
				w.reloadAll()
				msg := trf("merge.done", rep.Articles, rep.Claims, rep.Reviews, rep.Sources, len(rep.Conflicts))
				dialog.ShowInformation(tr("act.mergeFile"), msg, w.win)
			}, nil
		})
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".factdesk", ".sqlite"}))
	showFileDialog(d)
}
