package ingest

import (
	"context"
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/store"
)

// Import extracts the claims of doc and stores it as a new article in st.
// It is the one import path of factdesk: the command line, the paste and
// open dialogs, dropped files and the first-start sample all go through it.
// doc.Text must already be normalised and tidied (Read does both). When the
// same text is already in the file, the existing article is reported and
// nothing is added.
func Import(ctx context.Context, st *store.Store, doc Document) (store.ImportResult, error) {
	if doc.Text == "" {
		return store.ImportResult{}, fmt.Errorf("import: %w", claims.ErrEmpty)
	}
	ex := claims.Extract(doc.Text, claims.Options{Language: doc.Language})
	a := claims.Article{
		Title:     doc.Title,
		Outlet:    doc.Outlet,
		URL:       doc.URL,
		Published: doc.Published,
		Language:  ex.Language,
		Text:      doc.Text,
		Status:    claims.StatusOpen,
	}
	if a.Title == "" {
		a.Title = firstLine(doc.Text, 100)
	}
	return st.ImportArticle(ctx, a, ex.NewClaims())
}

// firstLine returns the text's first non-empty line, cut to at most max
// runes, as a fallback title.
func firstLine(text string, max int) string {
	for line := range strings.Lines(text) {
		if t := strings.TrimSpace(line); t != "" {
			if r := []rune(t); len(r) > max {
				return string(r[:max-1]) + "…"
			}
			return t
		}
	}
	return ""
}
