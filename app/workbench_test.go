package app

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/claims/report"
	"github.com/factdesk/factdesk/store"
)

func TestImportVerdictSurvivesReopen(t *testing.T) {
	b := newBench(t)
	b.importViaClipboard("Haushalt in Beispielhausen", "2024-02-08", articleDE)
	if b.article.Title != "Haushalt in Beispielhausen" || b.article.Published != "2024-02-08" {
		t.Fatalf("imported article = %q / %q, want the form's title and date", b.article.Title, b.article.Published)
	}
	if len(b.all) == 0 {
		t.Fatal("import found no claims")
	}
	b.selectClaim(b.all[0].ID)
	id := b.current
	test.TypeOnCanvas(b.win.Canvas(), "1") // index 1 of the scale: True
	if got := b.all[0].Review.Verdict; got != claims.True {
		t.Errorf("after key 1 the list shows %q, want %q", got, claims.True)
	}

	b.st.Close()
	st := openStore(t, b.path)
	c, err := st.Claim(context.Background(), id)
	if err != nil {
		t.Fatalf("Claim(%s) after reopening: %v", id, err)
	}
	if c.Review.Verdict != claims.True || c.Review.Reviewer != "Tess Tester" {
		t.Errorf("after reopening: verdict %q by %q, want %q by %q", c.Review.Verdict, c.Review.Reviewer, claims.True, "Tess Tester")
	}
}

func TestImportFormRejectsBadDate(t *testing.T) {
	b := newBench(t)
	b.app.Clipboard().SetContent(articleDE)
	b.newFromClipboard()
	f := b.lastForm
	for _, tc := range []struct {
		in   string
		okay bool
	}{{"", true}, {"2024-02-08", true}, {"8.2.2024", false}, {"2024-13-01", false}} {
		f.published.SetText(tc.in)
		if err := f.published.Validate(); (err == nil) != tc.okay {
			t.Errorf("published %q: Validate() = %v, want ok=%v", tc.in, err, tc.okay)
		}
	}
}

func TestBadFilesWriteNothing(t *testing.T) {
	b := newBench(t)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"leer.txt", nil},
		{"blanks.txt", []byte("  \n\n ")},
		{"bild.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")},
	} {
		_, err := readDocument(tc.name, bytes.NewReader(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.name) {
			t.Errorf("readDocument(%q) error = %v, want an error naming the file", tc.name, err)
		}
	}
	list, err := b.st.Articles(context.Background(), store.ArticleFilter{})
	if err != nil || len(list) != 0 {
		t.Errorf("after bad files the store holds %d articles (err %v), want 0", len(list), err)
	}
}

func TestKeyboardTriage(t *testing.T) {
	b := newBench(t)
	b.importFixed("Triage", articleDE)
	if len(b.all) < 3 {
		t.Fatalf("fixture has %d claims, want ≥ 3", len(b.all))
	}
	c := b.win.Canvas()
	steps := []struct {
		do   func()
		name string
		want int
	}{
		{func() { test.TypeOnCanvas(c, "j") }, "j", 1},
		{func() { test.TypeOnCanvas(c, "J") }, "J", 2},
		{func() { test.TypeOnCanvas(c, "k") }, "k", 1},
		{func() { b.typeKey(fyne.KeyDown) }, "↓", 2},
		{func() { b.typeKey(fyne.KeyUp) }, "↑", 1},
		{func() { b.claims.list.TypedRune('j') }, "j on the focused list", 2},
		{func() { b.claims.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp}) }, "↑ on the focused list", 1},
	}
	for _, s := range steps {
		s.do()
		if got := b.claimIndex(b.current); got != s.want {
			t.Errorf("after %s the selected claim is #%d, want #%d", s.name, got, s.want)
		}
	}
	// Verdict keys on the focused list, then typing in the note must not
	// set verdicts.
	b.claims.list.TypedRune('5')
	if got := b.all[1].Review.Verdict; got != claims.False {
		t.Errorf("key 5 on the list gave %q, want %q", got, claims.False)
	}
	test.Type(b.editor.note, "3 Quellen")
	if got := b.all[1].Review.Verdict; got != claims.False {
		t.Errorf("typing \"3\" in the note changed the verdict to %q", got)
	}
	b.editor.commit()
	c1, _ := b.st.Claim(context.Background(), b.all[1].ID)
	if c1.Review.Note != "3 Quellen" {
		t.Errorf("note in store = %q, want %q", c1.Review.Note, "3 Quellen")
	}
}

func TestNoteSavedWhenMovingOn(t *testing.T) {
	b := newBench(t)
	b.importFixed("Notiz", articleDE)
	first := b.current
	test.Type(b.editor.note, "Zahl stammt vom Statistikamt")
	test.TypeOnCanvas(b.win.Canvas(), "j") // next claim before the debounce fires
	c, err := b.st.Claim(context.Background(), first)
	if err != nil || c.Review.Note != "Zahl stammt vom Statistikamt" {
		t.Errorf("note of the left claim = %q (err %v), want it saved on moving on", c.Review.Note, err)
	}
	if b.editor.note.Text != "" {
		t.Errorf("the next claim's editor shows note %q, want empty", b.editor.note.Text)
	}
}

func TestTapHighlightSelectsClaim(t *testing.T) {
	b := newBench(t)
	b.importFixed("Tippen", articleDE)
	v := b.text.view
	target := b.all[2]
	pos := positionOf(v, target.Start+3)
	test.TapAt(v, pos)
	if b.current != target.ID {
		t.Errorf("tap at offset %d selected %q, want claim %q (%q)", target.Start+3, b.current, target.ID, target.Text)
	}
	if v.current != target.ID {
		t.Errorf("text view marks %q, want %q", v.current, target.ID)
	}
}

func TestAddClaimFromSelection(t *testing.T) {
	b := newBench(t)
	b.importFixed("Auswahl", articleDE)
	before := len(b.storedClaims())
	phrase := "Anna Muster (54)"
	start := strings.Index(articleDE, phrase)
	// Drag across the phrase the way a mouse would.
	v := b.text.view
	from, to := positionOf(v, start), positionOf(v, start+len(phrase))
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	v.DragEnd()
	s, e, ok := v.selection()
	if !ok || articleDE[s:e] != phrase {
		t.Fatalf("drag selected %q, want %q", articleDE[s:e], phrase)
	}
	b.addClaimFromSelection()
	after := b.storedClaims()
	if len(after) != before+1 {
		t.Fatalf("claims after adding: %d, want %d", len(after), before+1)
	}
	c, ok := b.currentClaim()
	if !ok || c.Start != start || c.End != start+len(phrase) || c.Text != phrase || c.Origin != claims.OriginManual {
		t.Errorf("new claim = %+v, want manual claim %q at %d", c, phrase, start)
	}
}

func TestAddClaimWithoutSelectionChangesNothing(t *testing.T) {
	b := newBench(t)
	b.importFixed("Ohne Auswahl", articleDE)
	before := len(b.storedClaims())
	b.addClaimFromSelection()
	if got := len(b.storedClaims()); got != before {
		t.Errorf("claims = %d, want %d", got, before)
	}
}

func TestSplitMergeDeleteUndo(t *testing.T) {
	b := newBench(t)
	b.importFixed("Teilen", articleDE)
	n := len(b.storedClaims())
	c := b.all[1]
	cut := c.Start + strings.Index(c.Text, " sagte")
	test.TapAt(b.text.view, positionOf(b.text.view, cut))
	if b.current != c.ID {
		t.Fatalf("tap selected %q, want %q", b.current, c.ID)
	}
	b.text.view.caret = cut // the tap lands on the nearest rune boundary; pin it
	b.splitClaim()
	if b.lastSplit.cut() != cut+1 { // a caret on a space cuts before the next word
		t.Fatalf("the split dialog cuts at %d, want after the caret %d", b.lastSplit.cut(), cut)
	}
	b.lastSplit.dialog.Confirm()
	if got := len(b.storedClaims()); got != n+1 {
		t.Fatalf("after split: %d claims, want %d", got, n+1)
	}
	b.mergeWithNext()
	if got := len(b.storedClaims()); got != n {
		t.Fatalf("after merge: %d claims, want %d", got, n)
	}
	b.typeKey(fyne.KeyDelete)
	if got := len(b.storedClaims()); got != n-1 {
		t.Fatalf("after Delete: %d claims, want %d", got, n-1)
	}
	trash, _ := b.st.Trash(context.Background())
	if len(trash) == 0 {
		t.Error("the deleted claim is not in the trash")
	}
	b.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if got := len(b.storedClaims()); got != n {
		t.Errorf("after Ctrl+Z: %d claims, want %d", got, n)
	}
}

func TestUndoVerdict(t *testing.T) {
	b := newBench(t)
	b.importFixed("Rückgängig", articleDE)
	id := b.current
	test.TypeOnCanvas(b.win.Canvas(), "4")
	b.undo()
	c, err := b.st.Claim(context.Background(), id)
	if err != nil || c.Review.Verdict.Reviewed() {
		t.Errorf("after undo the verdict is %q (err %v), want unreviewed", c.Review.Verdict, err)
	}
	if b.current != id {
		t.Errorf("after undo the selection moved to %q, want %q", b.current, id)
	}
	if b.editor.verdict.SelectedIndex() != 0 {
		t.Errorf("editor shows verdict #%d, want 0", b.editor.verdict.SelectedIndex())
	}
}

func TestUndoInEntryUndoesTyping(t *testing.T) {
	b := newBench(t)
	b.importFixed("Eingabe", articleDE)
	test.TypeOnCanvas(b.win.Canvas(), "1")
	b.win.Canvas().Focus(b.editor.speaker)
	test.Type(b.editor.speaker, "X")
	b.undo()
	if b.editor.speaker.Text != "" {
		t.Errorf("Ctrl+Z in the speaker field left %q, want the typing undone", b.editor.speaker.Text)
	}
	c, _ := b.st.Claim(context.Background(), b.current)
	if c.Review.Verdict != claims.True {
		t.Errorf("Ctrl+Z in a field undid the verdict (now %q)", c.Review.Verdict)
	}
}

func TestSourcesAddRemove(t *testing.T) {
	b := newBench(t)
	b.importFixed("Quellen", articleDE)
	id := b.current
	p := b.editor.sources
	p.save(id, claims.Source{URL: "https://statistik.example/mieten", Title: "Mietspiegel 2024", Accessed: "2024-02-09"})
	c, _ := b.st.Claim(context.Background(), id)
	if len(c.Sources) != 1 || c.Sources[0].Title != "Mietspiegel 2024" {
		t.Fatalf("sources after add = %+v", c.Sources)
	}
	if got := len(p.rows.Objects); got != 1 {
		t.Errorf("editor lists %d source rows, want 1", got)
	}
	if err := p.storeEvidence(c.Sources[0].ID, "mietspiegel.pdf", strings.NewReader("%PDF-1.4 test")); err != nil {
		t.Fatalf("storeEvidence: %v", err)
	}
	var saved strings.Builder
	if err := p.writeEvidence(c.Sources[0].ID, &saved); err != nil || saved.String() != "%PDF-1.4 test" {
		t.Errorf("writeEvidence wrote %q (err %v)", saved.String(), err)
	}
	name, typ, data, err := b.st.Evidence(context.Background(), c.Sources[0].ID)
	if err != nil || name != "mietspiegel.pdf" || typ != "application/pdf" || string(data) != "%PDF-1.4 test" {
		t.Errorf("Evidence = %q %q %q %v", name, typ, data, err)
	}
	p.remove(c.Sources[0].ID)
	c, _ = b.st.Claim(context.Background(), id)
	if len(c.Sources) != 0 {
		t.Errorf("sources after remove = %+v, want none", c.Sources)
	}
	b.undo()
	c, _ = b.st.Claim(context.Background(), id)
	if len(c.Sources) != 1 {
		t.Errorf("sources after undoing the removal = %d, want 1", len(c.Sources))
	}
}

func TestCheckURL(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"https://www.destatis.de/", true},
		{"http://example.org/a?b=c", true},
		{"ftp://example.org/", false},
		{"www.example.org", false},
		{"https://", false},
		{"javascript:alert(1)", false},
		{"", false},
	} {
		if err := checkURL(tc.in); (err == nil) != tc.ok {
			t.Errorf("checkURL(%q) = %v, want ok=%v", tc.in, err, tc.ok)
		}
	}
}

func TestFilters(t *testing.T) {
	b := newBench(t)
	b.importFixed("Filter", articleDE)
	test.TypeOnCanvas(b.win.Canvas(), "1j2")
	ctx := context.Background()
	check := func(name string, f store.ClaimFilter) {
		t.Helper()
		want, err := b.st.Claims(ctx, b.article.ID, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.claims.shown) != len(want) {
			t.Errorf("%s: list shows %d claims, store has %d", name, len(b.claims.shown), len(want))
		}
	}
	b.claims.unreviewed.SetChecked(true)
	check("unreviewed", store.ClaimFilter{Unreviewed: true})
	b.claims.unreviewed.SetChecked(false)
	b.claims.verdict.SetSelectedIndex(1 + 2) // Mostly true
	check("mostly true", store.ClaimFilter{Verdict: claims.MostlyTrue})
	b.claims.verdict.SetSelectedIndex(0)
	b.claims.kind.SetSelectedIndex(1 + 1) // age
	check("age", store.ClaimFilter{Kind: claims.KindAge})
	b.claims.kind.SetSelectedIndex(0)
	check("all", store.ClaimFilter{})
}

func TestArticleStatusAndSearch(t *testing.T) {
	b := newBench(t)
	first := b.importFixed("Haushalt", articleDE)
	b.importFixed("Schwimmbad", "Das Schwimmbad öffnet im Mai. Der Eintritt kostet 5 Euro.")
	if len(b.articles.items) != 2 {
		t.Fatalf("article list has %d rows, want 2", len(b.articles.items))
	}
	b.articles.status.SetSelectedIndex(2) // done
	a, _ := b.st.Article(context.Background(), b.article.ID)
	if a.Status != claims.StatusDone {
		t.Errorf("status in store = %q, want done", a.Status)
	}
	test.Type(b.articles.search, "Brucke") // folding finds "Brücke"
	b.jobs.Wait()
	if len(b.articles.items) != 1 || b.articles.items[0].ID != first {
		t.Errorf("search for Brucke lists %d articles, want only the first", len(b.articles.items))
	}
}

func TestCountsInArticleList(t *testing.T) {
	b := newBench(t)
	b.importFixed("Zählen", articleDE)
	test.TypeOnCanvas(b.win.Canvas(), "1j1")
	row := b.articles.items[0]
	if row.Reviewed != 2 || row.Claims != len(b.all) {
		t.Errorf("article row counts %d/%d, want 2/%d", row.Reviewed, row.Claims, len(b.all))
	}
}

func TestLanguageSwitch(t *testing.T) {
	b := newBench(t)
	b.importFixed("Sprache", articleDE)
	cur := b.current
	b.setLanguage("de")
	t.Cleanup(func() { setLanguage("en") })
	if got := b.win.MainMenu().Items[0].Label; got != "Datei" {
		t.Errorf("first menu after switching to German = %q, want Datei", got)
	}
	if b.current != cur {
		t.Errorf("language switch lost the selected claim")
	}
	if got := b.app.Preferences().String(prefLanguage); got != "de" {
		t.Errorf("language preference = %q, want de", got)
	}
}

func TestEveryMessageTranslated(t *testing.T) {
	for key, m := range messages {
		if m.de == "" || m.en == "" {
			t.Errorf("message %q lacks a translation: %+v", key, m)
		}
	}
}

func TestExportCollectsScope(t *testing.T) {
	b := newBench(t)
	b.importFixed("Export eins", articleDE)
	first := len(b.all)
	test.TypeOnCanvas(b.win.Canvas(), "5")
	b.importFixed("Export zwei", "Das Schwimmbad öffnet im Mai. Der Eintritt kostet 5 Euro.")
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		scope   exportScope
		bundles int
		claims  int
	}{
		{"article", exportScope{kind: scopeArticle, article: b.article.ID}, 1, 2},
		{"all", exportScope{kind: scopeAll}, 2, first + 2},
		{"verdict", exportScope{kind: scopeVerdict, verdict: claims.False}, 1, 1},
		{"range empty", exportScope{kind: scopeRange, from: "2030-01-01", to: "2030-12-31"}, 0, 0},
	} {
		r, err := b.collectReport(ctx, tc.scope, report.FormatMarkdown)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		n := 0
		for _, bu := range r.Bundles {
			n += len(bu.Claims)
		}
		if len(r.Bundles) != tc.bundles || n != tc.claims {
			t.Errorf("%s: %d bundles with %d claims, want %d with %d", tc.name, len(r.Bundles), n, tc.bundles, tc.claims)
		}
	}
}

func TestEditClaimFields(t *testing.T) {
	b := newBench(t)
	b.importFixed("Felder", articleDE)
	id := b.current
	e := b.editor
	b.win.Canvas().Focus(e.speaker)
	test.Type(e.speaker, "Anna Muster")
	b.win.Canvas().Unfocus() // leaving the field saves it
	e.text.SetText("Beispielhausen hat 12.400 Einwohner.")
	e.text.OnSubmitted(e.text.Text)
	e.kind.SetSelectedIndex(3) // number
	c, err := b.st.Claim(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Speaker != "Anna Muster" || c.Text != "Beispielhausen hat 12.400 Einwohner." || c.Kind != claims.KindNumber {
		t.Errorf("claim after editing = speaker %q, text %q, kind %q", c.Speaker, c.Text, c.Kind)
	}
	if got := b.all[b.claimIndex(id)].Kind; got != claims.KindNumber {
		t.Errorf("the list still shows kind %q", got)
	}
}

func TestNoteSavedAfterPause(t *testing.T) {
	b := newBench(t)
	b.importFixed("Pause", articleDE)
	id := b.current
	test.Type(b.editor.note, "Quelle: Stadtverwaltung") // then neither leave the field nor move on
	var c claims.Claim
	deadline := time.Now().Add(noteDelay + 2*time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(noteDelay / 4)
		if c, _ = b.st.Claim(context.Background(), id); c.Review.Note != "" {
			break
		}
	}
	if c.Review.Note != "Quelle: Stadtverwaltung" {
		t.Errorf("note after a pause = %q, want it saved", c.Review.Note)
	}
}
