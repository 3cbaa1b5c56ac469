// Package ingest turns article files into drafts for factdesk: plain text,
// Markdown, HTML pages saved from a browser and Word documents (.docx).
//
// Every reader ends in claims.Normalize and claims.Tidy, so Document.Text is
// the canonical text that claim spans point into, without the debris that
// pasting from web pages and PDFs leaves (stray tags, dot leaders, page
// numbers); what Tidy removed is listed in Document.Warnings. Readers take what the file states about
// the article (title, outlet, address, publication date, language) and guess
// nothing else: a field the file does not state stays empty for the editor
// to fill in.
//
// The package does not depend on the user interface, so the command line and
// the workbench read files the same way. It never touches the network: links
// in a file are text, not something to fetch.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/factdesk/factdesk/claims"
)

// Document is an article draft read from a file.
type Document struct {
	Title     string // the headline, "" if the file does not give one
	Outlet    string // the publication, e.g. "tagesschau.de"
	URL       string // where the article was published
	Published string // publication date, YYYY-MM-DD, "" if unknown
	Language  string // ISO 639-1 code when the file states it (<html lang>, front matter), else ""
	Text      string // the article text, normalised by claims.Normalize and tidied by claims.Tidy
	Format    string // the reader used: "text", "markdown", "html" or "docx"
	Warnings  []string
}

// ErrFormat means a file is damaged, or is not in the format its name
// claims (a ".docx" that is no Word document).
var ErrFormat = errors.New("damaged file or not the format its name says")

// A reader turns the bytes of one format into a Document.
type reader func(data []byte) (Document, error)

// readers maps file extensions to readers.
var readers = map[string]reader{
	".txt":      readText,
	".text":     readText,
	".md":       readMarkdown,
	".markdown": readMarkdown,
	".html":     readHTML,
	".htm":      readHTML,
	".xhtml":    readHTML,
	".docx":     readDOCX,
}

// Extensions lists the file name extensions Read understands, with their
// dots, for file dialogs. Files with other names are read too when their
// content is recognised.
func Extensions() []string {
	return []string{".txt", ".md", ".markdown", ".html", ".htm", ".docx"}
}

// Read turns the contents of the file called name into a Document. The
// format follows the extension (see Extensions); for other names it is
// sniffed: a ZIP holding word/document.xml is a Word document, text starting
// with an HTML tag is HTML, text starting with front matter ("---") is
// Markdown, anything else plain text.
//
// Empty files, binary files and files over claims.MaxInputSize give errors
// that wrap claims.ErrEmpty, claims.ErrBinary and claims.ErrTooLarge; a
// damaged document wraps ErrFormat.
func Read(name string, data []byte) (Document, error) {
	if len(data) > claims.MaxInputSize {
		return Document{}, fmt.Errorf("%s: %w", filepath.Base(name), claims.ErrTooLarge)
	}
	read, ok := readers[strings.ToLower(filepath.Ext(name))]
	if !ok {
		read = sniff(data)
	}
	doc, err := read(data)
	if err != nil {
		return Document{}, fmt.Errorf("%s: %w", filepath.Base(name), err)
	}
	return doc, nil
}

// ReadFile reads the file at path and passes it to Read. Files larger than
// claims.MaxInputSize are refused before they are read.
func ReadFile(path string) (Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return Document{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, claims.MaxInputSize+1))
	if err != nil {
		return Document{}, err
	}
	if len(data) > claims.MaxInputSize {
		return Document{}, fmt.Errorf("%s: %w", filepath.Base(path), claims.ErrTooLarge)
	}
	return Read(path, data)
}

// sniff chooses a reader for data whose name says nothing.
func sniff(data []byte) reader {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) && bytes.Contains(data, []byte(docxBody)) {
		return readDOCX
	}
	head := data[:min(len(data), 1024)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.ToLower(bytes.TrimSpace(head))
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")),
		bytes.HasPrefix(head, []byte("<!--")) && bytes.Contains(head, []byte("<html")):
		return readHTML
	case bytes.HasPrefix(head, []byte("---\n")), bytes.HasPrefix(head, []byte("---\r\n")):
		return readMarkdown
	}
	return readText
}

// finish runs claims.Normalize on the text a reader has built from the
// file, so that the stored text is canonical, then claims.Tidy, and adds
// their warnings to doc. The HTML and Word readers build clean text already;
// Tidy costs them one read of it and catches what an editor pasted into the
// page or the document (an escaped tag, a dot leader).
func finish(doc Document, text string) (Document, error) {
	out, warnings, err := claims.Normalize([]byte(text))
	if err != nil {
		return Document{}, err
	}
	doc.Warnings = append(doc.Warnings, warnings...)
	doc.Text = tidy(out, &doc.Warnings)
	return doc, nil
}

// tidy runs claims.Tidy on normalised text and appends its warnings.
func tidy(text string, warnings *[]string) string {
	text, tidied := claims.Tidy(text)
	*warnings = append(*warnings, tidied...)
	return text
}
