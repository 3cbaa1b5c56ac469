package app

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// articleDE is a short German article written for these tests.
const articleDE = `Die Stadt Beispielhausen hat 12.400 Einwohner. Bürgermeisterin Anna Muster (54) sagte am Montag, der Haushalt sei ausgeglichen. Laut Statistikamt stiegen die Mieten um 4,2 Prozent. Die neue Brücke über die Ahle kostete 3 Millionen Euro.

Der Gemeinderat will im Herbst über ein neues Schwimmbad beraten.`

// testClock is a fixed clock so that times in the window do not vary.
func testClock() time.Time { return time.Date(2026, 3, 2, 10, 30, 0, 0, time.UTC) }

// bench is a workbench on a test app and a store in a temporary file.
type bench struct {
	*Workbench
	t    testing.TB
	path string
}

// newBench builds a workbench on a fresh store with a fixed theme, reviewer
// and language.
func newBench(t testing.TB) *bench {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(test.Theme())
	a.Preferences().SetString(prefReviewer, "Tess Tester")
	a.Preferences().SetString(prefLanguage, "en")
	path := filepath.Join(t.TempDir(), "factdesk.db")
	st := openStore(t, path)
	w := New(a, st)
	w.background = func(f func()) { f() }
	w.win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(func() { w.jobs.Wait() })
	return &bench{Workbench: w, t: t, path: path}
}

func openStore(t testing.TB, path string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("store.Open(%q): %v", path, err)
	}
	st.SetClock(testClock)
	t.Cleanup(func() { st.Close() })
	return st
}

// importViaClipboard imports text the way Ctrl+N does: clipboard, form,
// submit, background extraction.
func (b *bench) importViaClipboard(title, published, text string) {
	b.t.Helper()
	b.app.Clipboard().SetContent(text)
	b.newFromClipboard()
	f := b.lastForm
	if f == nil {
		b.t.Fatal("Ctrl+N showed no form")
	}
	test.Type(f.title, title)
	test.Type(f.published, published)
	f.dialog.Submit()
	b.jobs.Wait()
	if b.article.ID == "" {
		b.t.Fatalf("after importing %q no article is open", title)
	}
}

// importFixed stores text with hand-made claims (one per sentence ending in
// ". "), independent of the extractor, for tests whose output must not
// change when extraction improves.
func (b *bench) importFixed(title, text string) string {
	b.t.Helper()
	var cs []claims.Claim
	start := 0
	kinds := claims.Kinds()
	for i := 0; i < len(text); i++ {
		if text[i] != '.' || (i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n') {
			continue
		}
		s := start
		for s < i && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		cs = append(cs, claims.Claim{Found: claims.Found{Kind: kinds[len(cs)%len(kinds)], Start: s, End: i + 1, Text: text[s : i+1], Score: 0.5}})
		start = i + 1
	}
	res, err := b.st.ImportArticle(context.Background(), claims.Article{
		Title: title, Outlet: "Beispielhausener Bote", Published: "2024-02-08", Language: "de", Text: text,
	}, cs)
	if err != nil {
		b.t.Fatalf("ImportArticle: %v", err)
	}
	b.articles.reload()
	b.openArticle(res.ArticleID)
	b.articles.markOpen()
	return res.ArticleID
}

// storedClaims reads the open article's live claims from the store.
func (b *bench) storedClaims() []claims.Claim {
	b.t.Helper()
	cs, err := b.st.Claims(context.Background(), b.article.ID, store.ClaimFilter{})
	if err != nil {
		b.t.Fatalf("Claims: %v", err)
	}
	return cs
}

// typeKey sends a key to the window's canvas as the driver does when no
// widget has the focus.
func (b *bench) typeKey(k fyne.KeyName) {
	b.win.Canvas().(interface {
		OnTypedKey() func(*fyne.KeyEvent)
	}).OnTypedKey()(&fyne.KeyEvent{Name: k})
}

// assertMarkup compares the window's markup with testdata/name, rewriting
// it with -update.
func (b *bench) assertMarkup(t *testing.T, name string) {
	t.Helper()
	if *update {
		markup := test.RenderToMarkup(b.win.Canvas())
		path := filepath.Join("testdata", name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(markup), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	test.AssertRendersToMarkup(t, name, b.win.Canvas())
}
