package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/factdesk/factdesk/claims"
)

// readText reads plain text, from a file or pasted. The text is kept whole,
// headline included, so that claim spans refer to what the file holds once
// claims.Tidy has removed the paste debris; the first line doubles as the
// title when it looks like a headline.
func readText(data []byte) (Document, error) {
	text, warnings, err := claims.Normalize(data)
	if err != nil {
		return Document{}, err
	}
	text = tidy(text, &warnings)
	first, rest, _ := strings.Cut(text, "\n")
	doc := Document{Text: text, Format: "text", Warnings: warnings}
	if strings.TrimSpace(rest) != "" && isHeadline(first) {
		doc.Title = strings.TrimSpace(first)
	}
	return doc, nil
}

// maxHeadline is the longest line, in characters, taken for a headline.
const maxHeadline = 150

// isHeadline reports whether line reads like a headline: short, and not
// ending the way a sentence of body text ends (a full stop, comma, colon or
// semicolon). Question and exclamation marks are allowed: headlines use them.
func isHeadline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > maxHeadline {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".,:;", last)
}
