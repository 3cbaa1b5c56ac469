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
// # Formats
//
//   - md: CommonMark, one "#" heading per article, claims as "###" headings
//     with a list of fields, the passage as a quote.
//   - html: one file, inline CSS, no scripts, fonts or images; a bar chart of
//     the verdict counts in CSS; @media print rules keep claims whole and
//     print source addresses. Each claim has the anchor "claim-" + its ID.
//   - pdf: A4, running header (report, article, generation time) and
//     "page n of m" on every page; the same bar chart.
//   - csv: RFC 4180 with commas, CRLF and a UTF-8 byte order mark; one row
//     per claim; fixed English column names; sources joined as
//     "title <url> (accessed date)" with "; ". German Excel expects
//     semicolons when a file is double-clicked: import it through Data >
//     From Text/CSV, or open it in LibreOffice.
//   - json: {"format": "factdesk-report", "version": 1, "generated",
//     "source", "lang", "articles": [{"article", "claims"}]} with every field
//     of claims.Article and claims.Claim; ReadJSON reads it back.
//   - claimreview: a JSON array of schema.org ClaimReview objects, one per
//     reviewed claim (open claims are left out). url is the article's
//     address + "#claim-" + the claim ID, the anchor the HTML report gives
//     the claim, so publishing the HTML report at the article's address (or
//     rewriting that prefix) makes it resolve; author is the reviewer (a
//     Person), datePublished the review date; reviewRating carries
//     ratingValue 1–5 with bestRating 5 and worstRating 1 where the verdict
//     is on the numeric scale and always the label as alternateName;
//     itemReviewed is a Claim whose author is the speaker of an attribution,
//     appearing in the article (a CreativeWork with its URL, headline, date
//     and outlet). Addresses other than http(s) are left out.
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
