package ingest

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page states about itself, each field in the forms it
// may take, best first.
type pageMeta struct {
	title, outlet, url, published, language []string
}

// readPageMeta fills doc's metadata from the page. Preferences, best first:
//
//   - Title: og:title, the JSON-LD headline, <title> (without a trailing
//     " | Outlet"), twitter:title, the first <h1>.
//   - Outlet: og:site_name, the JSON-LD publisher's name, application-name.
//   - URL: <link rel="canonical">, og:url.
//   - Published: article:published_time, JSON-LD datePublished, the
//     date meta tags of older sites (date, dc.date, pubdate), the first
//     <time datetime> in the article text.
//   - Language: <html lang>, Content-Language, og:locale.
func readPageMeta(page, root *html.Node, doc *Document) {
	var m pageMeta
	var docTitle, twitterTitle, h1, appName string
	var dates, locale []string
	for n := range page.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Html:
			m.language = append(m.language, attr(n, "lang"), attr(n, "xml:lang"))
		case atom.Title:
			if docTitle == "" {
				docTitle = nodeText(n)
			}
		case atom.H1:
			if h1 == "" {
				h1 = nodeText(n)
			}
		case atom.Link:
			if hasToken(strings.ToLower(attr(n, "rel")), "canonical") {
				m.url = append([]string{attr(n, "href")}, m.url...)
			}
		case atom.Script:
			if strings.EqualFold(attr(n, "type"), "application/ld+json") {
				m.readJSONLD(rawText(n))
			}
		case atom.Meta:
			content := attr(n, "content")
			switch key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "http-equiv")); key {
			case "og:title":
				m.title = append([]string{content}, m.title...)
			case "twitter:title":
				twitterTitle = content
			case "og:site_name":
				m.outlet = append([]string{content}, m.outlet...)
			case "application-name":
				appName = content
			case "og:url":
				m.url = append(m.url, content)
			case "article:published_time":
				m.published = append([]string{content}, m.published...)
			case "date", "dc.date", "dc.date.issued", "dcterms.date", "pubdate", "publishdate":
				dates = append(dates, content)
			case "content-language":
				m.language = append(m.language, content)
			case "og:locale":
				locale = append(locale, content)
			}
		}
	}
	for n := range root.Descendants() {
		if n.DataAtom == atom.Time && attr(n, "datetime") != "" {
			dates = append(dates, attr(n, "datetime"))
			break
		}
	}
	outlet := first(append(m.outlet, appName), strings.TrimSpace)
	m.title = append(m.title, trimOutlet(docTitle, outlet), twitterTitle, h1)
	m.published = append(m.published, dates...)
	m.language = append(m.language, locale...)

	doc.Title = first(m.title, strings.TrimSpace)
	doc.Outlet = outlet
	doc.URL = first(m.url, strings.TrimSpace)
	doc.Published = first(m.published, publishedDate)
	doc.Language = first(m.language, languageCode)
}

// readJSONLD takes headline, datePublished and the publisher's name from a
// JSON-LD block (schema.org NewsArticle), searching nested objects and
// @graph lists. Blocks that do not parse are ignored: they are the page's
// business, not the article's.
func (m *pageMeta) readJSONLD(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e)
			}
		case map[string]any:
			if s, ok := v["headline"].(string); ok {
				m.title = append(m.title, s)
			}
			if s, ok := v["datePublished"].(string); ok {
				m.published = append(m.published, s)
			}
			if p, ok := v["publisher"].(map[string]any); ok {
				if s, ok := p["name"].(string); ok {
					m.outlet = append(m.outlet, s)
				}
			}
			for _, k := range slices.Sorted(maps.Keys(v)) {
				if k != "publisher" {
					visit(v[k])
				}
			}
		}
	}
	visit(v)
}

// first returns the first non-empty result of clean over values.
func first(values []string, clean func(string) string) string {
	for _, v := range values {
		if c := clean(v); c != "" {
			return c
		}
	}
	return ""
}

// trimOutlet removes the outlet's name from the end of a page title, where
// sites put it: "Brücke gesperrt | Stadtanzeiger" → "Brücke gesperrt".
func trimOutlet(title, outlet string) string {
	if outlet == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · ", ": "} {
		if t, ok := strings.CutSuffix(title, sep+outlet); ok && strings.TrimSpace(t) != "" {
			return t
		}
	}
	return title
}

// nodeText returns the text inside n with white space collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// rawText returns the text of n's children as written, for scripts.
func rawText(n *html.Node) string {
	var b strings.Builder
	for c := range n.ChildNodes() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
