package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestWindowStates pins the main window's look in its main states as Fyne
// markup (testdata/*.xml; regenerate with go test ./app -run WindowStates
// -update). Claims come from importFixed, not the extractor, so the files
// change only when the window does.
func TestWindowStates(t *testing.T) {
	b := newBench(t)
	b.assertMarkup(t, "window_empty.xml")

	b.importFixed("Haushalt in Beispielhausen", articleDE)
	b.assertMarkup(t, "window_article.xml")

	test.TypeOnCanvas(b.win.Canvas(), "1j5j")
	b.assertMarkup(t, "window_reviewed.xml")

	b.claims.unreviewed.SetChecked(true)
	b.assertMarkup(t, "window_unreviewed_only.xml")

	b.claims.unreviewed.SetChecked(false)
	test.Type(b.articles.search, "Brücke")
	b.assertMarkup(t, "window_search.xml")

	b.splitClaim()
	b.assertMarkup(t, "window_split.xml")
}
