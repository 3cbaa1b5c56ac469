package main

import (
	"fmt"
	"io"

	"github.com/factdesk/factdesk/app/ingest"
	"github.com/factdesk/factdesk/claims"
)

// maxInput is the largest article file factdesk reads.
const maxInput = 64 << 20

// runExtract prints the claims of one file (or standard input, "-"). The
// text is read the way import reads it, so offsets match what import stores.
func runExtract(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("extract")
	lang := fs.String("lang", "auto", "language: auto, de or en")
	asJSON := fs.Bool("json", false, "print DESIGN.md's JSON object")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("extract: name one FILE, or - for standard input")
	}
	switch *lang {
	case "auto", "de", "en":
	default:
		return usagef("extract: -lang must be auto, de or en, not %q", *lang)
	}
	doc, err := readArticle(fs.Arg(0), stdin)
	if err != nil {
		return err
	}
	language := *lang
	if language == "auto" && doc.Language != "" {
		language = doc.Language
	}
	ex := claims.Extract(doc.Text, claims.Options{Language: language})
	ex.Warnings = append(doc.Warnings, ex.Warnings...)
	if *asJSON {
		return writeJSON(stdout, ex)
	}
	fmt.Fprintf(stdout, "language %s, %d sentences, %d claims, %d skipped\n",
		ex.Language, len(ex.Sentences), len(ex.Claims), len(ex.Skipped))
	for _, w := range ex.Warnings {
		fmt.Fprintf(stdout, "warning: %s\n", w)
	}
	for _, c := range ex.Claims {
		fmt.Fprintf(stdout, "%-11s %5d-%-5d %.2f  %s\n", c.Kind, c.Start, c.End, c.Score, c.Text)
	}
	for _, s := range ex.Skipped {
		fmt.Fprintf(stdout, "%-11s %5d-%-5d       %q\n", "skip:"+string(s.Reason), s.Start, s.End, doc.Text[s.Start:s.End])
	}
	return nil
}

// readArticle reads a file (or standard input for "-", taken as plain
// text) into a normalised document.
func readArticle(name string, stdin io.Reader) (ingest.Document, error) {
	if name != "-" {
		return ingest.ReadFile(name)
	}
	data, err := io.ReadAll(io.LimitReader(stdin, maxInput+1))
	if err != nil {
		return ingest.Document{}, fmt.Errorf("read standard input: %w", err)
	}
	if len(data) > maxInput {
		return ingest.Document{}, fmt.Errorf("standard input is larger than %d MB", maxInput>>20)
	}
	return ingest.Read("stdin.txt", data)
}
