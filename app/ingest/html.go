package ingest

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/factdesk/factdesk/claims"
)

// readHTML reads a web page as saved by a browser. It is parsed with
// golang.org/x/net/html, the Go team's implementation of the WHATWG parsing
// algorithm: it builds the same tree a browser does from the broken markup
// real pages are full of (unclosed paragraphs, stray tags, entities without
// semicolons), which hand-written tag stripping gets wrong.
//
// The bytes go through claims.Normalize first, so UTF-8, UTF-16 and
// Windows-1252 pages read right; a <meta charset> naming anything else is
// not consulted.
//
// Metadata comes from what the page states (see readPageMeta). The text is
// taken from the article: the longest <article>, else the element marked
// itemprop="articleBody", else <main>, else <body>; page furniture inside it
// is left out (see skipElement). Paragraphs, headings, quotes, lists and
// tables end with a blank line, other blocks, list items, table rows and
// <br> with a line break; white space inside a paragraph is collapsed as a
// browser does, except in <pre>.
func readHTML(data []byte) (Document, error) {
	text, warnings, err := claims.Normalize(data)
	if err != nil {
		return Document{}, err
	}
	page, err := html.Parse(strings.NewReader(text))
	if err != nil { // elements nested more than 512 deep
		return Document{}, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	doc := Document{Format: "html", Warnings: warnings}
	lengths := textLengths(page)
	root := contentRoot(page, lengths)
	readPageMeta(page, root, &doc)
	w := htmlText{root: root, lengths: lengths}
	w.walk(root, root.DataAtom == atom.Article)
	return finish(doc, w.b.String())
}

// contentRoot returns the element holding the article text.
func contentRoot(page *html.Node, lengths map[*html.Node]int) *html.Node {
	var best, body, articleBody, main *html.Node
	bestLen := 0
	for n := range page.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch {
		case n.DataAtom == atom.Article:
			if l := lengths[n]; l > bestLen {
				best, bestLen = n, l
			}
		case articleBody == nil && hasToken(attr(n, "itemprop"), "articleBody"):
			articleBody = n
		case main == nil && (n.DataAtom == atom.Main || attr(n, "role") == "main"):
			main = n
		case body == nil && n.DataAtom == atom.Body:
			body = n
		}
	}
	if articleBody != nil && lengths[articleBody] > bestLen {
		best = articleBody // the <article> elements are teasers
	}
	for _, n := range []*html.Node{best, articleBody, main, body} {
		if n != nil {
			return n
		}
	}
	return page
}

// skipped lists the elements whose content is never article text: code,
// forms, embedded media, and the navigation, footers and side bars of a
// page. Figure captions are left out too: they describe a picture the
// reader of the text does not see, and photo credits are no claims.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Label: true, atom.Dialog: true,
	atom.Figcaption: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Svg: true, atom.Math: true, atom.Map: true,
}

// skippedRoles are ARIA roles of page furniture.
var skippedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true, "menubar": true,
}

// boilerplateNames are words in class and id attributes that mark cookie
// banners, sharing buttons, newsletter boxes and the like.
var boilerplateNames = []string{
	"cookie", "consent", "gdpr", "newsletter", "share", "social", "advert", "promo",
	"paywall", "related", "comments", "breadcrumb", "sidebar", "banner", "teaser",
}

// maxBoilerplate is the most text, in bytes, an element found by its class
// or id may hold and still be dropped: a wrapper whose class happens to say
// "share" but that holds the article is kept.
const maxBoilerplate = 2000

// skipElement reports whether n and its content stay out of the text.
// A <header> is kept inside an <article>, where it holds the headline, and
// dropped elsewhere, where it is the site's masthead.
func (w *htmlText) skipElement(n *html.Node, inArticle bool) bool {
	switch {
	case skipped[n.DataAtom]:
		return true
	case n.DataAtom == atom.Header:
		return !inArticle
	case hasAttr(n, "hidden"), attr(n, "aria-hidden") == "true", skippedRoles[attr(n, "role")]:
		return true
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, word := range boilerplateNames {
		if strings.Contains(names, word) {
			l := w.lengths[n]
			return l <= maxBoilerplate && 2*l < w.lengths[w.root]
		}
	}
	return false
}

// Block elements, by the break they put around their content.
var (
	paragraphBlocks = map[atom.Atom]bool{
		atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
		atom.H6: true, atom.Blockquote: true, atom.Pre: true, atom.Ul: true, atom.Ol: true,
		atom.Dl: true, atom.Table: true, atom.Figure: true, atom.Hr: true, atom.Address: true,
	}
	lineBlocks = map[atom.Atom]bool{
		atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
		atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Caption: true,
		atom.Details: true, atom.Summary: true, atom.Center: true, atom.Fieldset: true,
		atom.Body: true,
	}
)

// htmlText collects the reading text of an element tree.
type htmlText struct {
	b        strings.Builder
	newlines int  // line breaks owed before the next text
	space    bool // a space owed before the next text
	tab      bool // a cell separator owed before the next text
	pre      int  // depth of <pre> elements

	root    *html.Node         // the content root
	lengths map[*html.Node]int // text length of each element, see textLengths
}

// walk writes the text of n and its descendants.
func (w *htmlText) walk(n *html.Node, inArticle bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := range n.ChildNodes() {
			w.walk(c, inArticle)
		}
		return
	default:
		return
	}
	if w.skipElement(n, inArticle) {
		return
	}
	inArticle = inArticle || n.DataAtom == atom.Article
	brk := 0
	switch {
	case paragraphBlocks[n.DataAtom]:
		brk = 2
	case lineBlocks[n.DataAtom]:
		brk = 1
	case n.DataAtom == atom.Br: // two in a row make a blank line
		w.lineBreak(min(w.newlines+1, 2))
		return
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		w.tab = n.PrevSibling != nil
	}
	w.lineBreak(brk)
	if n.DataAtom == atom.Pre {
		w.pre++
		defer func() { w.pre-- }()
	}
	for c := range n.ChildNodes() {
		w.walk(c, inArticle)
	}
	w.lineBreak(brk)
}

// lineBreak owes n line breaks before the next text (n = 2: a blank line).
func (w *htmlText) lineBreak(n int) {
	if n > 0 {
		w.newlines = max(w.newlines, n)
		w.space, w.tab = false, false
	}
}

// text writes a text node, collapsing white space outside <pre>.
func (w *htmlText) text(s string) {
	for _, r := range s {
		if w.pre == 0 && (r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r') {
			w.space = true
			continue
		}
		if w.pre > 0 && r == '\n' {
			w.b.WriteByte('\n')
			w.space, w.tab = false, false
			continue
		}
		w.flushSeparators()
		w.b.WriteRune(r)
	}
}

// flushSeparators writes the breaks, tab or space owed before text. Nothing
// is written before the first text.
func (w *htmlText) flushSeparators() {
	if w.b.Len() > 0 {
		switch {
		case w.newlines > 0:
			w.b.WriteString("\n\n"[:w.newlines])
		case w.tab:
			w.b.WriteByte('\t')
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	w.newlines, w.space, w.tab = 0, false, false
}

// textLengths returns how many bytes of text each element holds outside
// scripts and styles, summed bottom-up in one pass so that comparing
// elements stays linear however deeply a page nests them.
func textLengths(page *html.Node) map[*html.Node]int {
	lengths := map[*html.Node]int{}
	var sum func(n *html.Node) int
	sum = func(n *html.Node) int {
		if n.Type == html.TextNode {
			return len(strings.TrimSpace(n.Data))
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return 0
		}
		total := 0
		for c := range n.ChildNodes() {
			total += sum(c)
		}
		lengths[n] = total
		return total
	}
	sum(page)
	return lengths
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// hasToken reports whether the space-separated list holds token.
func hasToken(list, token string) bool {
	for f := range strings.FieldsSeq(list) {
		if f == token {
			return true
		}
	}
	return false
}
