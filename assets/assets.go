// Package assets holds the files factdesk embeds in its binary: the
// application icon and the sample article shown on first start.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

// Icon is factdesk's application icon (512×512 PNG, drawn for the project).
var Icon fyne.Resource = fyne.NewStaticResource("icon.png", iconPNG)

//go:embed sample.de.txt
var sampleText []byte

// Sample is an article with its metadata, as a user would enter it.
type Sample struct {
	Title, Outlet, URL, Published, Language string
	// Name is the file name the text would have had, so importers can pick a reader.
	Name string
	Text []byte
}

// SampleArticle is the article a new, empty database starts with, so a new
// user sees the workbench working at once. The story, the people and the
// figures are invented by the factdesk team; it holds an attributed direct
// quote, reported speech, ages, a trade fact, numbers, a sub-heading and
// site boilerplate, one of each thing the extractor looks for.
var SampleArticle = Sample{
	Title:     "Hafen Rostock meldet Rekordumschlag mit Norwegen",
	Outlet:    "Beispiel-Zeitung (erfunden)",
	URL:       "https://example.org/wirtschaft/hafen-rostock-rekord",
	Published: "2026-03-02",
	Language:  "de",
	Name:      "hafen-rostock.txt",
	Text:      sampleText,
}
