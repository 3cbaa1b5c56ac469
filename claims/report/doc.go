// Package report renders fact-check reports from factdesk's domain types:
// Markdown for pasting into a CMS, one self-contained HTML file, PDF, CSV for
// spreadsheets, complete re-importable JSON and schema.org ClaimReview
// JSON-LD for search engines.
//
// A Report holds one Bundle per article: the article and its claims with
// their reviews and sources. Every human-readable format names the article
// (title, outlet, URL, publication date), its reviewers, the count of claims
// per verdict, and for each claim its kind, text, the passage it came from,
// speaker and source of an attribution, the verdict, the explanation and the
// sources with their access dates, so that a reader can repeat the check; and
// it says when and from which database file it was generated.
//
// Output is deterministic: the same Report gives the same bytes, which is
// what the golden files in testdata check. Labels and headings follow
// Report.Lang ("de" or "en"); verdict labels come from claims.Verdict.Label.
// Claims and sources in the trash (DeletedAt set) are left out of every
// format but JSON, which is a complete export.
//
// Article-derived text is treated as untrusted: HTML is built with
// html/template, Markdown escapes the characters that would turn text into
// markup, links are only made for http and https URLs, and CSV cells that a
// spreadsheet would read as a formula are prefixed with an apostrophe.
//
// # Dependencies
//
// This package is the one part of claims that imports third-party code:
// github.com/go-pdf/fpdf to write PDF, and the Go fonts from
// golang.org/x/image/font/gofont (BSD licence) which are embedded in every
// PDF so that umlauts, ß, „“ and – print on any machine. Writing PDF by hand
// (font subsetting, cross-reference tables) would be far more code than the
// rest of the package; keeping it in this subpackage leaves the domain
// package claims itself on the standard library and golang.org/x/text.
package report
