// Package sentence splits German and English news text into sentences.
//
// Split and Scanner return sentences as byte spans of the text, trimmed of
// white space, in one pass and in time linear in the length of the text.
// The scanner reads like go/scanner: it keeps its position in the text,
// looks at a few characters around each candidate boundary and consults
// small lexicons (lexicon.go) instead of regular expressions. It never
// panics and accepts any bytes, invalid UTF-8 included.
//
// # Scope
//
// The input is news text as pasted from a web page or a document: paragraphs
// of prose, headings, bylines, bullet lists and link debris, in German or
// English. Text in other scripts is split at its terminal punctuation but
// without lexicons. The package does not clean text up: markup, page numbers
// and dot leaders stay in the sentences they appear in. The product removes
// them before splitting, with claims.Tidy.
//
// # Rules
//
// A sentence ends
//
//   - after terminal punctuation (. ! ? … and their fullwidth forms), together
//     with any closing quotes, brackets and footnote marks that follow
//     ("…keine Lust.“", "martyr.[1]", "consultation.11"), when white space and
//     a word that can open a sentence follow: a capital, a digit, an opening
//     quote or bracket, a dash and a capital, a bullet or a list marker;
//   - at a blank line, and at a line break after a line without terminal
//     punctuation (a heading, a list item), unless the line is soft-wrapped:
//     it ends in a blank and the next line is not indented with a tab, or the
//     next line starts in lower case after a line of three or more words;
//   - before a bullet and before the next marker of a list the sentence
//     began with ("1. The first item 2. The second item");
//   - after a period and before a word in lower case that is all that is
//     left of its line, when the word before the period is an ordinary word:
//     "in the city. features\ncontact manager" ends with "city." and the
//     menu labels after it are lines of their own.
//
// A period does not end a sentence inside a number ("1.000", "14.30 Uhr"),
// a web or e-mail address, or after an abbreviation that precedes what it
// qualifies ("Dr.", "z. B.", "z.B.", "u. a.", "Mr.", "e.g.", "vgl.", and in
// German street names such as "Hauptstr."). After an
// abbreviation that may also end a sentence ("& Co.", "usw.", "Mrd.",
// "etc."), an initial ("J. R. R. Tolkien"), a dotted abbreviation ("J.C.")
// or a Roman numeral ("Benedikt XVI.") it ends one only before a typical
// sentence opener ("Die", "Er", "The", "It"). "U.S.", "a.m." and the like end
// one before any capital but a noun they commonly qualify ("U.S.
// Government"). Single letters ("p. 55", "S. 225") and "No.", "Nr.", "Art."
// keep a following number. With lang "de" or "" a number with a period
// before a German month or an ordinal noun, or after a word such as "am",
// "vom" or "im", is an ordinal: "am 9. Februar", "im 19. Jahrhundert".
//
// Quotation marks of every style („…“ »…« «…» "…" ‚…‘ '…' ,,…") and
// brackets enclose: terminal punctuation inside them does not end the
// sentence unless the enclosure closes right after it. A mark opens an
// enclosure only when its closing partner follows within the paragraph (for
// single quotes, which double as apostrophes, within 400 bytes), so an
// unbalanced quote never swallows the rest of an article. Ellipses end a
// sentence only when attached to a word and followed by a capital ("Er
// zögerte… Dann"); spaced ". . ." inside a sentence marks an omission.
// After a closing quote, a bracket that follows stays with the quote ("…!'
// (Which was true.)") unless it holds a sentence of its own, capital to
// terminal, and another sentence follows it; then it is a sentence, as in
// …think!" (Dinah was the cat.) "I hope… — "(dpa)", "(71)" and "(Foto:
// dpa)" never are.
//
// # Departures from Unicode text segmentation
//
// UAX #29 sentence boundaries break after every period followed by a space
// and an upper-case letter, so they split "z. B. Wasser", "Dr. Müller",
// "ca. 500", "am 9. Februar" and "5 Mrd. Euro". This package departs from it
// in these ways: it uses the abbreviation and ordinal lexicons above; it
// treats a paragraph's quotations and brackets as units; where UAX #29 breaks
// at every line break (rule SB4 counts CR and LF as paragraph separators) it
// joins soft-wrapped lines; it breaks before bullets and list markers in
// running text; and it ends sentences at glued periods ("world.Today")
// outside addresses, which UAX #29 leaves alone (SB7). Like UAX #29 it keeps
// closing punctuation with the sentence it closes (SB9, SB10).
package sentence
