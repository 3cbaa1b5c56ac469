package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/claims/report"
	"github.com/factdesk/factdesk/store"
)

// ageArticle holds one age claim, stored by hand so the test does not
// depend on the extractor.
func (b *bench) importAgeArticle() claims.Claim {
	b.t.Helper()
	text := "Anna Muster (54) eröffnete die Sitzung."
	c := claims.Claim{Found: claims.Found{Kind: claims.KindAge, Start: 0, End: len("Anna Muster (54)"), Text: "Anna Muster ist 54 Jahre alt.", Person: "Anna Muster", Age: 54}}
	res, err := b.st.ImportArticle(context.Background(), claims.Article{Title: "Sitzung", Published: "2024-02-08", Language: "de", Text: text}, []claims.Claim{c})
	if err != nil {
		b.t.Fatal(err)
	}
	b.articles.reload()
	b.openArticle(res.ArticleID)
	cur, _ := b.currentClaim()
	return *cur
}

func TestPeopleAgeCheck(t *testing.T) {
	for _, tc := range []struct {
		born string
		want string
	}{
		{"1969-05-01", "✓"}, // 54 on 2024-02-08
		{"1965-01-01", "✗"}, // 59
	} {
		b := newBench(t)
		b.importAgeArticle()
		p := b.showPeople()
		p.save(claims.Person{Name: "Anna Muster", Born: tc.born})
		if !b.editor.age.Visible() || !strings.HasPrefix(b.editor.age.Text, tc.want) {
			t.Errorf("born %s: editor shows %q (visible %v), want it to start with %s", tc.born, b.editor.age.Text, b.editor.age.Visible(), tc.want)
		}
		people, _ := b.st.People(context.Background())
		if len(people) != 1 || len(p.people) != 1 {
			t.Errorf("born %s: %d people stored, window lists %d, want 1", tc.born, len(people), len(p.people))
		}
	}
}

func TestSplitAliases(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Putin", "Putin"},
		{" Putin , W. Putin,, ", "Putin|W. Putin"},
	} {
		if got := strings.Join(splitAliases(tc.in), "|"); got != tc.want {
			t.Errorf("splitAliases(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSeenBeforeCopiesSources(t *testing.T) {
	b := newBench(t)
	ctx := context.Background()
	b.importFixed("Erster Bericht", articleDE)
	first := b.all[0]
	test.TypeOnCanvas(b.win.Canvas(), "1")
	if _, err := b.st.AddSource(ctx, first.ID, claims.Source{URL: "https://statistik.example/einwohner", Title: "Einwohnerzahlen"}); err != nil {
		t.Fatal(err)
	}
	// The same sentence in a second article.
	b.importFixed("Zweiter Bericht", strings.SplitAfter(articleDE, ". ")[0]+"Sonst nichts.")
	if b.all[0].Text != first.Text {
		t.Fatalf("fixture: second article starts with %q", b.all[0].Text)
	}
	b.selectClaim(b.all[0].ID)
	if !b.editor.seen.Visible() || !strings.Contains(b.editor.seen.Text, "Erster Bericht") || !b.editor.copySrc.Visible() {
		t.Fatalf("seen before shows %q (visible %v, copy button %v)", b.editor.seen.Text, b.editor.seen.Visible(), b.editor.copySrc.Visible())
	}
	test.Tap(b.editor.copySrc)
	c, _ := b.st.Claim(ctx, b.all[0].ID)
	if len(c.Sources) != 1 || c.Sources[0].URL != "https://statistik.example/einwohner" {
		t.Errorf("sources after copying = %+v", c.Sources)
	}
}

func TestTrashRestoreAndEmpty(t *testing.T) {
	b := newBench(t)
	ctx := context.Background()
	b.importFixed("Papierkorb", articleDE)
	n := len(b.all)
	gone := b.current
	b.deleteClaim()
	tw := b.showTrash()
	if len(tw.items) != 1 || tw.items[0].ID != gone {
		t.Fatalf("trash lists %+v, want the deleted claim", tw.items)
	}
	tw.restore(tw.items[0])
	if len(b.all) != n || len(tw.items) != 0 {
		t.Errorf("after restore: %d claims, %d in trash; want %d and 0", len(b.all), len(tw.items), n)
	}
	b.selectClaim(gone)
	b.deleteClaim()
	tw.reload()
	if _, err := b.st.EmptyTrash(ctx); err != nil {
		t.Fatal(err)
	}
	tw.reload()
	if len(tw.items) != 0 || !tw.empty.Disabled() {
		t.Errorf("after emptying: %d items, button disabled %v", len(tw.items), tw.empty.Disabled())
	}
	if _, err := b.st.Claim(ctx, gone); err == nil {
		t.Error("the claim survived emptying the trash")
	}
}

func TestExportWritesEveryFormat(t *testing.T) {
	b := newBench(t)
	b.importFixed("Bericht", articleDE)
	test.TypeOnCanvas(b.win.Canvas(), "5")
	dir := t.TempDir()
	for _, f := range report.Formats() {
		path := filepath.Join(dir, "report"+f.Ext())
		out, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		err = b.writeReport(context.Background(), out, exportScope{kind: scopeArticle, article: b.article.ID}, f)
		out.Close()
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		data, _ := os.ReadFile(path)
		if len(data) < 100 {
			t.Errorf("%s: report has %d bytes", f, len(data))
		}
		if f == report.FormatMarkdown && !strings.Contains(string(data), "Beispielhausen") {
			t.Errorf("markdown report lacks the article text:\n%s", data)
		}
	}
	err := b.writeReport(context.Background(), &strings.Builder{}, exportScope{kind: scopeRange, from: "2031-01-01"}, report.FormatCSV)
	if err == nil {
		t.Error("an export of nothing succeeded")
	}
}

func TestDropFiles(t *testing.T) {
	b := newBench(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "artikel.txt")
	bad := filepath.Join(dir, "kaputt.txt")
	os.WriteFile(good, []byte(articleDE), 0o644)
	os.WriteFile(bad, []byte{0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0}, 0o644)

	b.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(bad)})
	if list, _ := b.st.Articles(context.Background(), store.ArticleFilter{}); len(list) != 0 {
		t.Fatalf("a dropped binary file was imported")
	}
	b.lastForm = nil
	b.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(good)})
	if b.lastForm == nil || !b.lastForm.text.Disabled() {
		t.Fatal("dropping one file did not show the article form")
	}
	test.Type(b.lastForm.title, "Fallengelassen")
	b.lastForm.dialog.Submit()
	b.jobs.Wait()
	if b.article.Title != "Fallengelassen" || len(b.all) == 0 {
		t.Errorf("dropped file opened as %q with %d claims", b.article.Title, len(b.all))
	}
	// The same file again: nothing new.
	b.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(good), storage.NewFileURI(good)})
	b.jobs.Wait()
	if list, _ := b.st.Articles(context.Background(), store.ArticleFilter{}); len(list) != 1 {
		t.Errorf("after dropping the same file twice more: %d articles, want 1", len(list))
	}
}

// TestImportFormShowsWhatReadingChanged pastes text with paste debris: the
// form says what was tidied away before the reviewer imports it.
func TestImportFormShowsWhatReadingChanged(t *testing.T) {
	b := newBench(t)
	b.app.Clipboard().SetContent("<p>Die Stadt plant <em>neue</em> Radwege.</p>")
	b.newFromClipboard()
	f := b.lastForm
	if f == nil || f.notes == nil {
		t.Fatal("the form shows no notes for a paste with HTML tags")
	}
	if !strings.Contains(f.notes.Text, "HTML tag") || strings.Contains(f.text.Text, "<em>") {
		t.Errorf("notes %q, text %q: want the tags removed and said so", f.notes.Text, f.text.Text)
	}
	b.app.Clipboard().SetContent(articleDE)
	b.newFromClipboard()
	if b.lastForm.notes != nil {
		t.Errorf("a clean paste shows notes %q", b.lastForm.notes.Text)
	}
}

func TestCancelledFormChangesNothing(t *testing.T) {
	b := newBench(t)
	b.app.Clipboard().SetContent(articleDE)
	b.newFromClipboard()
	b.lastForm.dialog.Hide() // the same as pressing Cancel: the callback is not asked to import
	b.jobs.Wait()
	if list, _ := b.st.Articles(context.Background(), store.ArticleFilter{}); len(list) != 0 {
		t.Errorf("a cancelled form imported %d articles", len(list))
	}
}

func TestShortcutSheetListsVerdicts(t *testing.T) {
	b := newBench(t)
	test.TypeOnCanvas(b.win.Canvas(), "?")
	markup := test.RenderToMarkup(b.win.Canvas())
	for _, want := range []string{"Keyboard shortcuts", "Not checkable", "Ctrl+N", "Ctrl+Z", "J, ↓"} {
		if !strings.Contains(markup, want) {
			t.Errorf("shortcut sheet lacks %q", want)
		}
	}
}

func TestMenuHoldsEveryShortcut(t *testing.T) {
	b := newBench(t)
	names := map[string]bool{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				names[it.Shortcut.ShortcutName()] = true
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	menu := b.win.MainMenu()
	if len(menu.Items) != 5 {
		t.Errorf("main menu has %d menus, want 5", len(menu.Items))
	}
	for _, m := range menu.Items {
		walk(m.Items)
	}
	for _, cmd := range b.commands() {
		if cmd.shortcut != nil && !names[cmd.shortcut.ShortcutName()] {
			t.Errorf("shortcut %s (%s) is not in the menu", cmd.shortcut.ShortcutName(), cmd.label)
		}
	}
}

func TestSystemLanguage(t *testing.T) {
	for _, tc := range []struct{ lcAll, lcMessages, lang, language, want string }{
		{"", "", "de_DE.UTF-8", "", "de"},
		{"", "", "en_GB.UTF-8", "", "en"},
		{"de_AT.UTF-8", "", "en_US.UTF-8", "", "de"},
		{"", "de_CH.UTF-8", "en_US.UTF-8", "", "de"},
		{"", "", "en_US.UTF-8", "de:en", "de"},
		{"C", "", "de_DE.UTF-8", "", "en"},
		{"C.UTF-8", "", "", "de", "en"}, // gettext ignores LANGUAGE in the C locale
		{"", "", "POSIX", "", "en"},
	} {
		t.Setenv("LC_ALL", tc.lcAll)
		t.Setenv("LC_MESSAGES", tc.lcMessages)
		t.Setenv("LANG", tc.lang)
		t.Setenv("LANGUAGE", tc.language)
		if got := systemLanguage(); got != tc.want {
			t.Errorf("systemLanguage(LC_ALL=%q LC_MESSAGES=%q LANG=%q LANGUAGE=%q) = %q, want %q",
				tc.lcAll, tc.lcMessages, tc.lang, tc.language, got, tc.want)
		}
	}
}

func TestReviewerAskedOnFirstStart(t *testing.T) {
	a := test.NewTempApp(t)
	st := openStore(t, filepath.Join(t.TempDir(), "first.db"))
	w := New(a, st)
	if top := w.win.Canvas().Overlays().Top(); top == nil {
		t.Fatal("no dialog asks for the reviewer's name on the first start")
	}
	w.setReviewer("Rita Rezensentin")
	if got := a.Preferences().String(prefReviewer); got != "Rita Rezensentin" {
		t.Errorf("reviewer preference = %q", got)
	}
}

func TestTrashRestoresSource(t *testing.T) {
	b := newBench(t)
	ctx := context.Background()
	b.importFixed("Quellen", articleDE)
	b.editor.sources.save(b.current, claims.Source{URL: "https://statistik.example/einwohner", Title: "Einwohnerzahlen"})
	c, _ := b.currentClaim()
	if len(c.Sources) != 1 {
		t.Fatalf("fixture: claim has %d sources", len(c.Sources))
	}
	b.editor.sources.remove(c.Sources[0].ID)
	if c, _ := b.currentClaim(); len(c.Sources) != 0 {
		t.Fatalf("after removing: %d sources", len(c.Sources))
	}
	tw := b.showTrash()
	if len(tw.items) != 1 || tw.items[0].Entity != "source" {
		t.Fatalf("trash lists %+v, want the removed source", tw.items)
	}
	row := tw.createItem()
	tw.updateItem(0, row)
	restore := row.(*fyne.Container).Objects[1].(*widget.Button)
	if restore.Disabled() {
		t.Fatal("the restore button of a source is disabled")
	}
	test.Tap(restore)
	stored, err := b.st.Claim(ctx, b.current)
	if err != nil || len(stored.Sources) != 1 || stored.Sources[0].Title != "Einwohnerzahlen" {
		t.Fatalf("stored sources after restore = %+v (err %v), want Einwohnerzahlen", stored.Sources, err)
	}
	if len(tw.items) != 0 {
		t.Errorf("trash still lists %d items", len(tw.items))
	}
	if c, _ := b.currentClaim(); len(c.Sources) != 1 || !strings.Contains(test.RenderToMarkup(b.win.Canvas()), "Einwohnerzahlen") {
		t.Errorf("the editor does not show the restored source (claim holds %d)", len(c.Sources))
	}
}

func TestEmptyHints(t *testing.T) {
	b := newBench(t)
	tw := b.showTrash()
	if !tw.hint.label.Visible() || tw.hint.label.Text != "The trash is empty." {
		t.Errorf("empty trash shows hint %q (visible %v)", tw.hint.label.Text, tw.hint.label.Visible())
	}
	pw := b.showPeople()
	if !pw.hint.label.Visible() {
		t.Error("the empty people window shows no hint")
	}
	pw.save(claims.Person{Name: "Anna Muster", Born: "1969-05-01"})
	if pw.hint.label.Visible() {
		t.Error("the people window still shows its hint with a person on file")
	}

	if b.claims.hint.label.Visible() {
		t.Error("the claim list shows a hint with no article open")
	}
	b.importFixed("Hinweise", articleDE)
	if b.claims.hint.label.Visible() {
		t.Errorf("the claim list shows hint %q over claims", b.claims.hint.label.Text)
	}
	b.claims.verdict.SetSelectedIndex(2) // True: no claim has it
	if !b.claims.hint.label.Visible() || b.claims.hint.label.Text != "No claim matches the filters." {
		t.Errorf("filtered to nothing, the claim list shows %q (visible %v)", b.claims.hint.label.Text, b.claims.hint.label.Visible())
	}
	b.claims.verdict.SetSelectedIndex(0)
	if b.claims.hint.label.Visible() {
		t.Error("the hint stays after clearing the filter")
	}
}
