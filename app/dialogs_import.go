package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/app/ingest"
	"github.com/factdesk/factdesk/store"
)

// maxArticleFile is the largest article file the workbench reads (20 MiB).
const maxArticleFile = 20 << 20

// articleForm is the metadata dialog shown before an import: prefilled from
// the clipboard or the file, checked (URL form, YYYY-MM-DD), and imported
// through ingest.Import when confirmed. Cancelling changes nothing.
type articleForm struct {
	dialog                              *dialog.FormDialog
	title, outlet, url, published, text *widget.Entry
	notes                               *widget.Label // what reading the text repaired or removed; nil when nothing
	doc                                 ingest.Document
	editText                            bool // the text field is the article (pasting), not a preview
}

// newFromClipboard opens the article form with the clipboard's text (Ctrl+N).
func (w *Workbench) newFromClipboard() {
	clip := w.app.Clipboard().Content()
	doc := ingest.Document{Text: clip}
	if strings.TrimSpace(clip) != "" {
		if d, err := ingest.Read("clipboard.txt", []byte(clip)); err == nil {
			doc = d
		}
	}
	w.showArticleForm(tr("import.title"), doc, true)
}

// openFile lets the reviewer pick an article file (Ctrl+O).
func (w *Workbench) openFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		doc, err := readDocument(r.URI().Name(), r)
		if err != nil {
			w.showError(err)
			return
		}
		w.showArticleForm(tr("import.fileTitle"), doc, false)
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter(ingest.Extensions()))
	showFileDialog(d)
}

// readDocument reads and decodes an article file; a binary, empty or
// unreadable file gives an error naming the file.
func readDocument(name string, r io.Reader) (ingest.Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxArticleFile+1))
	if err == nil && len(data) > maxArticleFile {
		err = fmt.Errorf("larger than %d MB", maxArticleFile>>20)
	}
	var doc ingest.Document
	if err == nil {
		doc, err = ingest.Read(name, data)
	}
	if err == nil && strings.TrimSpace(doc.Text) == "" {
		err = errors.New("no text")
	}
	if err != nil {
		return ingest.Document{}, fmt.Errorf("%s: %w", trf("import.badFile", name), err)
	}
	return doc, nil
}

// onDropped imports files dropped on the window: one file through the
// form, several at once.
func (w *Workbench) onDropped(_ fyne.Position, uris []fyne.URI) {
	var docs []ingest.Document
	for _, u := range uris {
		r, err := storage.Reader(u)
		if err != nil {
			w.showError(fmt.Errorf("%s: %w", trf("import.badFile", u.Name()), err))
			continue
		}
		doc, err := readDocument(u.Name(), r)
		r.Close()
		if err != nil {
			w.showError(err)
			continue
		}
		docs = append(docs, doc)
	}
	switch len(docs) {
	case 0:
	case 1:
		w.showArticleForm(tr("import.fileTitle"), docs[0], false)
	default:
		w.importDocs(docs)
	}
}

// showArticleForm shows the metadata form for doc. With editText the text
// itself is editable (pasting); a file's text is shown as read.
func (w *Workbench) showArticleForm(title string, doc ingest.Document, editText bool) *articleForm {
	f := &articleForm{doc: doc}
	entry := func(s string, check func(string) error) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(s)
		e.Validator = check
		return e
	}
	f.title = entry(doc.Title, nil)
	f.outlet = entry(doc.Outlet, nil)
	f.url = entry(doc.URL, func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		return checkURL(s)
	})
	f.published = entry(doc.Published, checkDate(true))
	f.text = widget.NewMultiLineEntry()
	f.text.Wrapping = fyne.TextWrapWord
	f.text.SetMinRowsVisible(10)
	f.editText = editText
	if editText {
		f.text.SetText(doc.Text)
	} else {
		f.text.SetText(preview(doc.Text, 3000)) // a long file would make the dialog crawl
	}
	f.text.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(tr("err.required"))
		}
		return nil
	}
	if !editText {
		f.text.Disable()
	}
	items := []*widget.FormItem{
		widget.NewFormItem(tr("src.title"), f.title),
		widget.NewFormItem(tr("import.outlet"), f.outlet),
		widget.NewFormItem(tr("import.url"), f.url),
		widget.NewFormItem(tr("import.published"), f.published),
		widget.NewFormItem(tr("import.text"), f.text),
	}
	if len(doc.Warnings) > 0 {
		// the reviewer should know what was repaired or tidied away
		// before the text becomes the article: "removed 3 HTML tags"
		f.notes = widget.NewLabel(strings.Join(doc.Warnings, "\n"))
		f.notes.Wrapping = fyne.TextWrapWord
		items = append(items, widget.NewFormItem(tr("import.notes"), f.notes))
	}
	f.dialog = dialog.NewForm(title, tr("import"), tr("cancel"), items, func(ok bool) {
		if ok {
			w.importDocs([]ingest.Document{f.document()})
		}
	}, w.win)
	f.dialog.Resize(fyne.NewSize(720, 560))
	f.dialog.Show()
	w.lastForm = f
	return f
}

// document returns the form's article, the text normalised again when it
// was edited.
func (f *articleForm) document() ingest.Document {
	doc := f.doc
	if f.editText && f.text.Text != doc.Text {
		if d, err := ingest.Read("pasted.txt", []byte(f.text.Text)); err == nil {
			doc = d
		} else {
			doc.Text = f.text.Text
		}
	}
	doc.Title = strings.TrimSpace(f.title.Text)
	doc.Outlet = strings.TrimSpace(f.outlet.Text)
	doc.URL = strings.TrimSpace(f.url.Text)
	doc.Published = strings.TrimSpace(f.published.Text)
	return doc
}

// preview returns the first max bytes of text, cut at a rune boundary,
// with "…" when something was left out.
func preview(text string, max int) string {
	if len(text) <= max {
		return text
	}
	for max > 0 && !utf8.RuneStart(text[max]) {
		max--
	}
	return text[:max] + " …"
}

// importDocs extracts and stores docs in the background, then opens the
// (last) imported article.
func (w *Workbench) importDocs(docs []ingest.Document) {
	w.run(tr("import.running"), func(ctx context.Context) (func(), error) {
		var last store.ImportResult
		var errs []error
		for _, doc := range docs {
			res, err := ingest.Import(ctx, w.st, doc)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", doc.Title, err))
				continue
			}
			last = res
		}
		return func() { w.afterImport(last) }, errors.Join(errs...)
	})
}

// afterImport shows the imported article.
func (w *Workbench) afterImport(res store.ImportResult) {
	if res.ArticleID == "" {
		return
	}
	if w.articles.search.Text != "" {
		w.articles.search.SetText("") // show the new article whatever was searched
	}
	w.articles.reload()
	w.openArticle(res.ArticleID)
	w.articles.markOpen()
	if res.Existing {
		dialog.ShowInformation(tr("import.title"), tr("import.existing"), w.win)
		return
	}
	w.setStatus(trf("import.done", res.Claims))
}
