package app

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
)

// maxEvidence is the largest evidence file the workbench stores (50 MiB).
const maxEvidence = 50 << 20

// sourcesPane lists the selected claim's sources with buttons to add, edit,
// remove, attach evidence and open a source in the browser (only ever on an
// explicit click: factdesk never touches the network by itself).
type sourcesPane struct {
	w       *Workbench
	claimID string
	rows    *fyne.Container
	content fyne.CanvasObject
}

func newSourcesPane(w *Workbench) *sourcesPane {
	p := &sourcesPane{w: w}
	p.rows = container.NewVBox()
	add := widget.NewButtonWithIcon(tr("src.add"), theme.ContentAddIcon(), func() { p.showForm(claims.Source{}) })
	title := widget.NewLabel(tr("editor.sources"))
	title.TextStyle.Bold = true
	p.content = container.NewVBox(container.NewBorder(nil, nil, title, add), p.rows)
	return p
}

// show lists c's sources.
func (p *sourcesPane) show(c *claims.Claim) {
	p.claimID = c.ID
	p.rows.RemoveAll()
	if len(c.Sources) == 0 {
		p.rows.Add(widget.NewLabel(tr("src.none")))
		return
	}
	for _, s := range c.Sources {
		p.rows.Add(p.row(s))
	}
}

func (p *sourcesPane) row(s claims.Source) fyne.CanvasObject {
	title := s.Title
	if title == "" {
		title = s.URL
	}
	label := widget.NewLabel(title)
	label.TextStyle.Bold = true
	label.Wrapping = fyne.TextWrapWord
	var details []string
	for _, d := range []string{s.Publisher, s.Accessed, s.URL} {
		if d != "" {
			details = append(details, d)
		}
	}
	if s.EvidenceName != "" {
		details = append(details, trf("src.evidence", fmt.Sprintf("%s (%d KB)", s.EvidenceName, (s.EvidenceSize+1023)/1024)))
	}
	info := widget.NewLabel(strings.Join(details, " · "))
	info.Wrapping = fyne.TextWrapWord

	open := widget.NewButtonWithIcon(tr("src.open"), theme.ComputerIcon(), func() { p.open(s.URL) })
	edit := widget.NewButtonWithIcon(tr("src.editBtn"), theme.DocumentCreateIcon(), func() { p.showForm(s) })
	attach := widget.NewButtonWithIcon(tr("src.attach"), theme.MailAttachmentIcon(), func() { p.attach(s.ID) })
	remove := widget.NewButtonWithIcon(tr("src.remove"), theme.DeleteIcon(), func() { p.remove(s.ID) })
	buttons := container.New(layout.NewRowWrapLayout(), open, edit, attach, remove) // wraps in a narrow pane
	if s.EvidenceName != "" {
		save := widget.NewButtonWithIcon(tr("src.saveEvidence"), theme.DocumentSaveIcon(), func() { p.saveEvidence(s.ID, s.EvidenceName) })
		buttons.Add(save)
	}
	parts := []fyne.CanvasObject{label, info}
	if s.Excerpt != "" {
		ex := widget.NewLabel("„" + s.Excerpt + "“")
		ex.Wrapping = fyne.TextWrapWord
		ex.TextStyle.Italic = true
		parts = append(parts, ex)
	}
	parts = append(parts, buttons, widget.NewSeparator())
	return container.NewVBox(parts...)
}

// checkURL accepts http and https addresses that name a host.
func checkURL(s string) error {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errors.New(tr("err.url"))
	}
	return nil
}

// checkDate accepts YYYY-MM-DD, or empty when optional.
func checkDate(optional bool) func(string) error {
	return func(s string) error {
		s = strings.TrimSpace(s)
		if s == "" && optional {
			return nil
		}
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return errors.New(tr("err.date"))
		}
		return nil
	}
}

// showForm adds (s.ID == "") or edits a source.
func (p *sourcesPane) showForm(s claims.Source) {
	claimID := p.claimID
	if claimID == "" {
		return
	}
	u := widget.NewEntry()
	u.SetText(s.URL)
	u.Validator = checkURL
	title := widget.NewEntry()
	title.SetText(s.Title)
	publisher := widget.NewEntry()
	publisher.SetText(s.Publisher)
	accessed := widget.NewEntry()
	accessed.Validator = checkDate(false)
	if s.Accessed == "" {
		s.Accessed = time.Now().Format(time.DateOnly)
	}
	accessed.SetText(s.Accessed)
	excerpt := widget.NewMultiLineEntry()
	excerpt.Wrapping = fyne.TextWrapWord
	excerpt.SetText(s.Excerpt)
	name := tr("src.add")
	if s.ID != "" {
		name = tr("src.edit")
	}
	d := dialog.NewForm(name, tr("save"), tr("cancel"), []*widget.FormItem{
		widget.NewFormItem(tr("src.url"), u),
		widget.NewFormItem(tr("src.title"), title),
		widget.NewFormItem(tr("src.publisher"), publisher),
		widget.NewFormItem(tr("src.accessed"), accessed),
		widget.NewFormItem(tr("src.excerpt"), excerpt),
	}, func(ok bool) {
		if !ok {
			return
		}
		s.URL = strings.TrimSpace(u.Text)
		s.Title, s.Publisher = strings.TrimSpace(title.Text), strings.TrimSpace(publisher.Text)
		s.Accessed, s.Excerpt = strings.TrimSpace(accessed.Text), strings.TrimSpace(excerpt.Text)
		p.save(claimID, s)
	}, p.w.win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
}

// save stores a new or changed source for claimID.
func (p *sourcesPane) save(claimID string, s claims.Source) {
	var err error
	if s.ID == "" {
		_, err = p.w.st.AddSource(p.w.ctx, claimID, s)
	} else {
		err = p.w.st.UpdateSource(p.w.ctx, s)
	}
	if err != nil {
		p.w.showError(err)
		return
	}
	p.w.claimChanged(claimID)
}

func (p *sourcesPane) remove(id string) {
	claimID := p.claimID
	if err := p.w.st.RemoveSource(p.w.ctx, id); err != nil {
		p.w.showError(err)
		return
	}
	p.w.claimChanged(claimID)
}

// open hands the address to the system browser.
func (p *sourcesPane) open(raw string) {
	u, err := url.Parse(raw)
	if err != nil || checkURL(raw) != nil {
		p.w.showError(errors.New(tr("err.url")))
		return
	}
	if err := p.w.app.OpenURL(u); err != nil {
		p.w.showError(err)
	}
}

// attach lets the reviewer pick a file and stores it as the source's
// evidence.
func (p *sourcesPane) attach(sourceID string) {
	claimID := p.claimID
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			p.w.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		if err := p.storeEvidence(sourceID, r.URI().Name(), r); err != nil {
			p.w.showError(err)
			return
		}
		p.w.claimChanged(claimID)
	}, p.w.win)
	showFileDialog(d)
}

// storeEvidence reads an evidence file (at most maxEvidence bytes) into the
// database.
func (p *sourcesPane) storeEvidence(sourceID, name string, r io.Reader) error {
	data, err := io.ReadAll(io.LimitReader(r, maxEvidence+1))
	if err != nil {
		return err
	}
	if len(data) > maxEvidence {
		return fmt.Errorf("%s: larger than %d MB", name, maxEvidence>>20)
	}
	if len(data) == 0 {
		return fmt.Errorf("%s: empty file", name)
	}
	typ := mime.TypeByExtension(strings.ToLower(filepath.Ext(name)))
	if typ == "" {
		typ = "application/octet-stream"
	}
	return p.w.st.AttachEvidence(p.w.ctx, sourceID, name, typ, data)
}

// saveEvidence writes a source's evidence file where the reviewer chooses.
func (p *sourcesPane) saveEvidence(sourceID, name string) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			p.w.showError(err)
			return
		}
		if wc == nil {
			return // cancelled
		}
		err = p.writeEvidence(sourceID, wc)
		if cerr := wc.Close(); err == nil {
			err = cerr
		}
		p.w.showError(err)
	}, p.w.win)
	d.SetFileName(name)
	showFileDialog(d)
}

// writeEvidence copies a source's evidence bytes to out.
func (p *sourcesPane) writeEvidence(sourceID string, out io.Writer) error {
	_, _, data, err := p.w.st.Evidence(p.w.ctx, sourceID)
	if err != nil {
		return err
	}
	_, err = out.Write(data)
	return err
}
