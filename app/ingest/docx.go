package ingest

import (
	"archive/zip"
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/factdesk/factdesk/claims"
)

// docxBody is where Word keeps the text of a document.
const docxBody = "word/document.xml"

// Namespaces of the WordprocessingML parts (transitional and strict
// OOXML) and of markup compatibility.
const (
	nsWord       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsCompat     = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// readDOCX reads a Word document: each paragraph becomes a line, tabs and
// line breaks inside it stay tabs and line breaks, non-breaking hyphens
// become "-". Deleted text of tracked changes and field codes are left out;
// inserted text is kept. Headers, footers, footnotes and comments live in
// other parts and are not read: they are not the article.
//
// The title is the document's Title property (docProps/core.xml), else the
// first paragraph styled Title, else the first styled Heading 1. Published
// stays empty: core.xml records when the file was created and saved, which
// is not when the article appeared, and factdesk does not guess.
//
// The archive is unpacked with a budget of claims.MaxInputSize bytes for all
// parts read together, so a small file that unpacks to gigabytes (a zip
// bomb) is refused rather than filling memory.
func readDOCX(data []byte) (Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Document{}, claims.ErrEmpty
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Document{}, fmt.Errorf("%w: not a Word document: %v", ErrFormat, err)
	}
	parts := docxParts{zip: zr, budget: claims.MaxInputSize}
	body, err := parts.read(parts.mainPart())
	if err != nil {
		return Document{}, err
	}
	var w docxText
	if err := w.parse(body); err != nil {
		return Document{}, fmt.Errorf("%w: %s: %v", ErrFormat, docxBody, err)
	}
	doc := Document{Format: "docx", Title: w.title()}
	if core, err := parts.read("docProps/core.xml"); err == nil {
		var props struct {
			Title    string `xml:"http://purl.org/dc/elements/1.1/ title"`
			Language string `xml:"http://purl.org/dc/elements/1.1/ language"`
		}
		if xml.Unmarshal(core, &props) == nil {
			doc.Title = cmp.Or(strings.TrimSpace(props.Title), doc.Title)
			doc.Language = languageCode(props.Language)
		}
	} else if errors.Is(err, claims.ErrTooLarge) {
		return Document{}, err
	}
	return finish(doc, w.b.String())
}

// docxParts reads parts of a Word archive within a size budget.
type docxParts struct {
	zip    *zip.Reader
	budget int64 // bytes that may still be unpacked
}

// errNoPart means the archive lacks a part.
var errNoPart = errors.New("part missing")

// read returns the unpacked bytes of the part called name.
func (p *docxParts) read(name string) ([]byte, error) {
	for _, f := range p.zip.File {
		if !strings.EqualFold(f.Name, name) {
			continue
		}
		if f.UncompressedSize64 > uint64(p.budget) {
			return nil, fmt.Errorf("%w: %s unpacks to %d bytes", claims.ErrTooLarge, name, f.UncompressedSize64)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrFormat, name, err)
		}
		defer rc.Close()
		data, err := io.ReadAll(io.LimitReader(rc, p.budget+1))
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrFormat, name, err)
		}
		if int64(len(data)) > p.budget {
			return nil, fmt.Errorf("%w: %s unpacks to more than its header says", claims.ErrTooLarge, name)
		}
		p.budget -= int64(len(data))
		return data, nil
	}
	return nil, fmt.Errorf("%w: not a Word document: %s: %w", ErrFormat, name, errNoPart)
}

// mainPart returns the name of the document's main part as the package
// relationships give it, or word/document.xml, where Word puts it.
func (p *docxParts) mainPart() string {
	rels, err := p.read("_rels/.rels")
	if err != nil {
		return docxBody
	}
	var r struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(rels, &r) != nil {
		return docxBody
	}
	for _, rel := range r.Rel {
		if strings.HasSuffix(rel.Type, "/officeDocument") && rel.Target != "" {
			return strings.TrimPrefix(path.Clean("/"+rel.Target), "/")
		}
	}
	return docxBody
}

// docxText collects the text of a WordprocessingML body.
type docxText struct {
	b       strings.Builder
	paras   []*strings.Builder // open paragraphs; text boxes nest them
	styles  []string           // the style of each open paragraph
	stack   []xml.Name         // open elements
	byStyle map[string]string  // first paragraph text per title or heading style
}

// parse reads document.xml as a stream of tokens.
func (w *docxText) parse(body []byte) error {
	w.byStyle = map[string]string{}
	dec := xml.NewDecoder(bytes.NewReader(body))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space == nsCompat && t.Name.Local == "Fallback" {
				// The same content again for older readers.
				if err := dec.Skip(); err != nil {
					return err
				}
				continue
			}
			w.start(t)
			w.stack = append(w.stack, t.Name)
		case xml.EndElement:
			w.stack = w.stack[:len(w.stack)-1]
			w.end(t.Name)
		case xml.CharData:
			if n := len(w.stack); n > 0 && isWord(w.stack[n-1], "t") && len(w.paras) > 0 {
				w.paras[len(w.paras)-1].Write(t)
			}
		}
	}
}

// isWord reports whether name is the WordprocessingML element local.
func isWord(name xml.Name, local string) bool {
	return name.Local == local && (name.Space == nsWord || name.Space == nsWordStrict)
}

// inRun reports whether the innermost open element is a run (w:r), where
// tabs and breaks are text rather than settings.
func (w *docxText) inRun() bool {
	return len(w.stack) > 0 && isWord(w.stack[len(w.stack)-1], "r")
}

// start handles an opening tag.
func (w *docxText) start(t xml.StartElement) {
	switch {
	case isWord(t.Name, "p"):
		w.paras = append(w.paras, &strings.Builder{})
		w.styles = append(w.styles, "")
	case len(w.paras) == 0:
	case isWord(t.Name, "pStyle"):
		for _, a := range t.Attr {
			if a.Name.Local == "val" {
				w.styles[len(w.styles)-1] = a.Value
			}
		}
	case isWord(t.Name, "tab") && w.inRun():
		w.paras[len(w.paras)-1].WriteByte('\t')
	case (isWord(t.Name, "br") || isWord(t.Name, "cr")) && w.inRun():
		w.paras[len(w.paras)-1].WriteByte('\n')
	case isWord(t.Name, "noBreakHyphen") && w.inRun(): // "US-Politik" reads and searches as typed
		w.paras[len(w.paras)-1].WriteByte('-')
	}
}

// end handles a closing tag: a finished paragraph becomes a line.
func (w *docxText) end(name xml.Name) {
	if !isWord(name, "p") || len(w.paras) == 0 {
		return
	}
	last := len(w.paras) - 1
	text, style := w.paras[last].String(), w.styles[last]
	w.paras, w.styles = w.paras[:last], w.styles[:last]
	w.b.WriteString(text)
	w.b.WriteByte('\n')
	if kind := titleStyle(style); kind != "" && w.byStyle[kind] == "" {
		w.byStyle[kind] = strings.TrimSpace(text)
	}
}

// titleStyle says whether a paragraph style id is the Title style or the
// first heading level, in English or German Word.
func titleStyle(id string) string {
	switch strings.ToLower(id) {
	case "title", "titel":
		return "title"
	case "heading1", "berschrift1", "überschrift1":
		return "heading1"
	}
	return ""
}

// title returns the text of the first Title paragraph, else of the first
// Heading 1.
func (w *docxText) title() string {
	return cmp.Or(w.byStyle["title"], w.byStyle["heading1"])
}
