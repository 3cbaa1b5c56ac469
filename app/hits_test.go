package app

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factdesk/factdesk/store"
)

// hitIndex returns the row of the first hit in field, or fails.
func (b *bench) hitIndex(field string) int {
	b.t.Helper()
	i := slices.IndexFunc(b.articles.hits.hits, func(h store.Hit) bool { return h.Field == field })
	if i < 0 {
		b.t.Fatalf("no %s hit among %+v", field, b.articles.hits.hits)
	}
	return i
}

func TestSearchHitsOpenTheirClaim(t *testing.T) {
	b := newBench(t)
	ctx := context.Background()
	first := b.importFixed("Haushalt in Beispielhausen", articleDE)
	noted := b.all[1]
	if err := b.st.SetNote(ctx, noted.ID, "Die Kämmerei nennt ein Defizit von 2 Millionen."); err != nil {
		t.Fatal(err)
	}
	b.importFixed("Umgehung", "Der Landkreis baut eine Umgehungsstraße. Sie kostet 9 Millionen Euro.")

	test.Type(b.articles.search, "Kämmerei")
	if b.articles.box.Objects[0] != b.articles.split {
		t.Fatal("while searching the hit list is not shown")
	}
	if got := len(b.articles.hits.hits); got != 1 {
		t.Fatalf("search for Kämmerei shows %d hits, want 1 (the note): %+v", got, b.articles.hits.hits)
	}
	b.articles.hits.list.Select(b.hitIndex("note"))
	if b.article.ID != first || b.current != noted.ID {
		t.Errorf("the note hit opened article %q claim %q, want %q claim %q", b.article.ID, b.current, first, noted.ID)
	}
	if b.editor.note.Text != "Die Kämmerei nennt ein Defizit von 2 Millionen." {
		t.Errorf("the editor shows note %q", b.editor.note.Text)
	}

	b.articles.search.SetText("")
	test.Type(b.articles.search, "Brucke") // folding finds "Brücke"
	markup := test.RenderToMarkup(b.win.Canvas())
	if !strings.Contains(markup, `<text bold`) || !strings.Contains(markup, ">Brücke</text>") {
		t.Errorf("the hit list does not show the match in bold")
	}
	b.articles.hits.list.Select(b.hitIndex("claim"))
	if c, ok := b.currentClaim(); !ok || !strings.Contains(c.Text, "Brücke") {
		t.Errorf("the claim hit selected %+v, want the claim about the bridge", c)
	}

	b.articles.hits.list.Select(b.hitIndex("text"))
	v := b.text.view
	if got := v.text[v.selFrom:v.selTo]; got != "Brücke" {
		t.Errorf("the text hit marks %q, want Brücke", got)
	}

	b.articles.search.SetText("")
	if b.articles.box.Objects[0] != b.articles.list || len(b.articles.hits.hits) != 0 {
		t.Error("an empty search field still shows hits")
	}
}

func TestSearchHitsNothingFound(t *testing.T) {
	b := newBench(t)
	b.importFixed("Haushalt in Beispielhausen", articleDE)
	test.Type(b.articles.search, "Zeppelin")
	if len(b.articles.hits.hits) != 0 || len(b.articles.items) != 0 {
		t.Errorf("search for Zeppelin: %d hits, %d articles; want none", len(b.articles.hits.hits), len(b.articles.items))
	}
	if want := "Nothing found for “Zeppelin”"; b.articles.hits.header.Text != want {
		t.Errorf("header = %q, want %q", b.articles.hits.header.Text, want)
	}
}

func TestSnippetSegments(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"ohne Treffer", "ohne Treffer"},
		{"die neue [Brücke] über die [Ahle]", "die neue |*Brücke*| über die |*Ahle*"},
		{"[Anfang] und", "*Anfang*| und"},
		{"offen [ohne Ende", "offen [ohne Ende"},
		{"leer [] da", "leer | da"},
	} {
		var parts []string
		for _, s := range snippetSegments(tc.in) {
			ts := s.(*widget.TextSegment)
			if ts.Style == widget.RichTextStyleStrong {
				parts = append(parts, "*"+ts.Text+"*")
			} else {
				parts = append(parts, ts.Text)
			}
		}
		if got := strings.Join(parts, "|"); got != tc.want {
			t.Errorf("snippetSegments(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestShortenSnippet(t *testing.T) {
	for _, tc := range []struct {
		in            string
		before, after int
		want          string
	}{
		{"eins zwei [drei] vier", 2, 4, "eins zwei [drei] vier"},
		{"…eins zwei drei vier [fünf] sechs…", 2, 4, "…drei vier [fünf] sechs…"},
		{"a b c [d]", 0, 4, "…[d]"},
		{"kein Treffer hier", 1, 1, "kein Treffer hier"},
		{"vor dem Wort[teil] weiter", 1, 4, "…dem Wort[teil] weiter"},
		{"[Anfang] eins zwei drei vier fünf sechs", 2, 3, "[Anfang] eins zwei drei…"},
		{"die [Brücke]n über die Ahle kostete 3 Millionen…", 2, 2, "die [Brücke]n über die…"},
		{"x [y] a b c [z] d…", 1, 3, "x [y] a b c…"},
		{"offen [ohne Ende", 1, 1, "offen [ohne Ende"},
	} {
		if got := shortenSnippet(tc.in, tc.before, tc.after); got != tc.want {
			t.Errorf("shortenSnippet(%q, %d, %d) = %q, want %q", tc.in, tc.before, tc.after, got, tc.want)
		}
	}
}

func TestLocateSnippet(t *testing.T) {
	text := "Die neue Brücke über die Ahle kostete 3 Millionen Euro. Die Brücke steht."
	for _, tc := range []struct {
		snippet string
		want    string // the text marked, "" for not found
	}{
		{"Die neue [Brücke] über die Ahle…", "Brücke"},
		{"…Euro. Die [Brücke] steht.", "Brücke"},
		{"…über die [Ahle] kostete…", "Ahle"},
		{"Die alte [Brücke]", ""},
		{"ohne Markierung", ""},
		{"", ""},
	} {
		start, end, ok := locateSnippet(text, tc.snippet)
		got := ""
		if ok {
			got = text[start:end]
		}
		if got != tc.want {
			t.Errorf("locateSnippet(%q) = %q, want %q", tc.snippet, got, tc.want)
		}
	}
	if start, _, _ := locateSnippet(text, "…Euro. Die [Brücke] steht."); start != strings.LastIndex(text, "Brücke") {
		t.Errorf("locateSnippet found the first Brücke, not the one the snippet shows")
	}
}

func TestSearchKeyboard(t *testing.T) {
	b := newBench(t)
	b.importFixed("Haushalt in Beispielhausen", articleDE)
	b.importFixed("Umgehung", "Der Landkreis baut eine Umgehungsstraße. Sie kostet 9 Millionen Euro.")
	b.articles.focusSearch()
	test.Type(b.articles.search, "Millionen")
	hits := b.articles.hits.hits
	if len(hits) < 2 {
		t.Fatalf("search for Millionen shows %d hits, want several", len(hits))
	}
	b.articles.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if b.article.ID != hits[0].ArticleID || hits[0].ClaimID != "" && b.current != hits[0].ClaimID {
		t.Errorf("Enter opened article %q claim %q, want the first hit %+v", b.article.ID, b.current, hits[0])
	}
	if b.win.Canvas().Focused() != b.articles.hits.list {
		t.Error("after Enter the hit list does not have the keyboard")
	}
	b.articles.hits.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if b.article.ID != hits[1].ArticleID || hits[1].ClaimID != "" && b.current != hits[1].ClaimID {
		t.Errorf("↓ opened article %q claim %q, want the second hit %+v", b.article.ID, b.current, hits[1])
	}
	b.articles.hits.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	b.articles.hits.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if b.articles.hits.sel != 0 {
		t.Errorf("after ↓↑↑ hit %d is selected, want 0", b.articles.hits.sel)
	}
}
