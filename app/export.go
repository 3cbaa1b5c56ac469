package app

import (
	"context"
	"errors"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/app/export"
	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/claims/report"
)

// exportScope says which claims a report covers.
type exportScope struct {
	kind     int            // one of the scope* constants
	article  string         // scopeArticle: the article
	from, to string         // scopeRange: published dates, inclusive
	verdict  claims.Verdict // scopeVerdict: only claims with this verdict
}

// Export scopes, in the order the dialog offers them.
const (
	scopeArticle = iota
	scopeAll
	scopeRange
	scopeVerdict
)

// showExport asks for scope and format, then for the destination (Ctrl+E).
func (w *Workbench) showExport() {
	w.flush()
	scopes := []string{tr("export.article"), tr("export.all"), tr("export.range"), tr("export.byVerdict")}
	scope := widget.NewSelect(scopes, nil)
	if w.article.ID != "" {
		scope.SetSelectedIndex(scopeArticle)
	} else {
		scope.SetSelectedIndex(scopeAll)
	}
	from := widget.NewEntry()
	from.Validator = checkDate(true)
	to := widget.NewEntry()
	to.Validator = checkDate(true)
	var verdictLabels []string
	for _, v := range claims.Verdicts() {
		verdictLabels = append(verdictLabels, v.Label(uiLang))
	}
	verdict := widget.NewSelect(verdictLabels, nil)
	verdict.SetSelectedIndex(1)
	scope.OnChanged = func(string) {
		enable(scope.SelectedIndex() == scopeRange, from, to)
		enable(scope.SelectedIndex() == scopeVerdict, verdict)
	}
	scope.OnChanged("")
	var formatNames []string
	for _, f := range report.Formats() {
		formatNames = append(formatNames, formatLabel(f))
	}
	format := widget.NewSelect(formatNames, nil)
	format.SetSelectedIndex(0)

	d := dialog.NewForm(tr("export.title"), tr("export.choose"), tr("cancel"), []*widget.FormItem{
		widget.NewFormItem(tr("export.scope"), scope),
		widget.NewFormItem(tr("export.from"), from),
		widget.NewFormItem(tr("export.to"), to),
		widget.NewFormItem(tr("menu.verdict"), verdict),
		widget.NewFormItem(tr("export.format"), format),
	}, func(ok bool) {
		if !ok {
			return
		}
		s := exportScope{kind: scope.SelectedIndex(), article: w.article.ID, from: from.Text, to: to.Text}
		if i := verdict.SelectedIndex(); i >= 0 {
			s.verdict = claims.Verdicts()[i]
		}
		if s.kind == scopeArticle && s.article == "" {
			w.showError(errors.New(tr("export.noArticle")))
			return
		}
		w.chooseExportFile(s, report.Formats()[format.SelectedIndex()])
	}, w.win)
	d.Resize(fyne.NewSize(520, d.MinSize().Height)) // wide enough for dates, no empty band below
	d.Show()
}

// enable enables or disables widgets together.
func enable(on bool, ws ...fyne.Disableable) {
	for _, w := range ws {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// chooseExportFile asks where to save, then writes the report in the
// background.
func (w *Workbench) chooseExportFile(s exportScope, f report.Format) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if wc == nil {
			return // cancelled
		}
		name := wc.URI().Path()
		w.run(tr("export.running"), func(ctx context.Context) (func(), error) {
			err := w.writeReport(ctx, wc, s, f)
			if cerr := wc.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return nil, err
			}
			return func() { w.setStatus(trf("export.done", name)) }, nil
		})
	}, w.win)
	d.SetFileName("factdesk-report" + f.Ext())
	showFileDialog(d)
}

// writeReport collects the scope's articles and claims and renders them.
func (w *Workbench) writeReport(ctx context.Context, out io.Writer, s exportScope, f report.Format) error {
	r, err := w.collectReport(ctx, s, f)
	if err != nil {
		return err
	}
	if len(r.Bundles) == 0 {
		return errors.New(tr("export.nothing"))
	}
	return report.Write(out, f, r)
}

// collectReport gathers the bundles of a scope, the way the command line's
// export does.
func (w *Workbench) collectReport(ctx context.Context, s exportScope, f report.Format) (report.Report, error) {
	sel := export.Selection{WithTrash: f == report.FormatJSON}
	switch s.kind {
	case scopeArticle:
		sel.ArticleID = s.article
	case scopeRange:
		sel.From, sel.To = s.from, s.to
	case scopeVerdict:
		sel.Verdict = s.verdict
	}
	r, err := export.Collect(ctx, w.st, sel)
	r.Lang = uiLang
	return r, err
}

// formatLabel names a report format in the export dialog.
func formatLabel(f report.Format) string {
	names := map[report.Format]string{
		report.FormatMarkdown:    "Markdown",
		report.FormatHTML:        "HTML",
		report.FormatPDF:         "PDF",
		report.FormatCSV:         "CSV (Excel, LibreOffice)",
		report.FormatJSON:        "JSON (factdesk)",
		report.FormatClaimReview: "ClaimReview (JSON-LD)",
	}
	name, ok := names[f]
	if !ok {
		name = string(f)
	}
	return name + " – " + f.Ext()
}
