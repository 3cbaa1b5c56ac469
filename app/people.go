package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
)

// peopleWindow lists the people on file (name, other spellings, birth
// date). Saving a person re-checks the age claims that name them, so the
// editor then shows ✓ or ✗ with the expected age.
type peopleWindow struct {
	w      *Workbench
	win    fyne.Window
	people []claims.Person
	list   *widget.List
	hint   *emptyHint
}

// showPeople opens the people window.
func (w *Workbench) showPeople() *peopleWindow {
	p := &peopleWindow{w: w, win: w.app.NewWindow(tr("people.title"))}
	p.list = widget.NewList(func() int { return len(p.people) }, p.createItem, p.updateItem)
	add := widget.NewButtonWithIcon(tr("people.add"), theme.ContentAddIcon(), func() { p.showForm(claims.Person{}) })
	p.hint = newEmptyHint(p.list)
	p.reload()
	p.win.SetContent(container.NewBorder(nil, container.NewHBox(add), nil, nil, p.hint.content))
	p.win.Resize(fyne.NewSize(620, 480))
	p.win.Show()
	return p
}

func (p *peopleWindow) reload() {
	people, err := p.w.st.People(p.w.ctx)
	if err != nil {
		p.w.showError(err)
		return
	}
	p.people = people
	if len(people) == 0 {
		p.hint.set(tr("people.none"))
	} else {
		p.hint.set("")
	}
	p.list.Refresh()
}

func (p *peopleWindow) createItem() fyne.CanvasObject {
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), nil)
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	return container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), label)
}

func (p *peopleWindow) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.people) {
		return
	}
	person := p.people[id]
	row := o.(*fyne.Container)
	text := person.Name
	if person.Born != "" {
		text += " (* " + person.Born + ")"
	}
	if len(person.Aliases) > 0 {
		text += " · " + strings.Join(person.Aliases, ", ")
	}
	row.Objects[0].(*widget.Label).SetText(text)
	buttons := row.Objects[1].(*fyne.Container)
	buttons.Objects[0].(*widget.Button).OnTapped = func() { p.showForm(person) }
	buttons.Objects[1].(*widget.Button).OnTapped = func() { p.delete(person) }
}

// showForm adds or edits a person.
func (p *peopleWindow) showForm(person claims.Person) {
	name := widget.NewEntry()
	name.SetText(person.Name)
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(tr("err.required"))
		}
		return nil
	}
	aliases := widget.NewEntry()
	aliases.SetText(strings.Join(person.Aliases, ", "))
	born := widget.NewEntry()
	born.SetText(person.Born)
	born.Validator = checkDate(true)
	title := tr("people.add")
	if person.ID != "" {
		title = tr("people.edit")
	}
	d := dialog.NewForm(title, tr("save"), tr("cancel"), []*widget.FormItem{
		widget.NewFormItem(tr("people.name"), name),
		{Text: tr("people.aliases"), Widget: aliases, HintText: tr("people.aliasesHint")},
		widget.NewFormItem(tr("people.born"), born),
	}, func(ok bool) {
		if !ok {
			return
		}
		person.Name = strings.TrimSpace(name.Text)
		person.Aliases = splitAliases(aliases.Text)
		person.Born = strings.TrimSpace(born.Text)
		p.save(person)
	}, p.win)
	d.Resize(fyne.NewSize(540, d.MinSize().Height))
	d.Show()
}

// splitAliases reads a comma-separated list, dropping empty entries.
func splitAliases(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func (p *peopleWindow) save(person claims.Person) {
	if _, err := p.w.st.SavePerson(p.w.ctx, person); err != nil {
		dialog.ShowError(err, p.win)
		return
	}
	p.reload()
	p.w.reloadAll() // age checks changed
}

func (p *peopleWindow) delete(person claims.Person) {
	dialog.ShowConfirm(tr("people.delete"), person.Name, func(ok bool) {
		if !ok {
			return
		}
		if err := p.w.st.DeletePerson(p.w.ctx, person.ID); err != nil {
			dialog.ShowError(err, p.win)
			return
		}
		p.reload()
		p.w.reloadAll()
	}, p.win)
}
