package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/claims"
)

// addFiles seeds f with the testdata files matching pattern.
func addFiles(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// checkRead asserts what every reader promises: no panic (the fuzzer sees
// it), an error that says why, or a Document whose text is canonical.
func checkRead(t *testing.T, read reader, data []byte) {
	doc, err := read(data)
	if err != nil {
		if !errors.Is(err, claims.ErrEmpty) && !errors.Is(err, claims.ErrBinary) &&
			!errors.Is(err, claims.ErrTooLarge) && !errors.Is(err, ErrFormat) {
			t.Errorf("read(%q) error %v wraps no known error", data, err)
		}
		return
	}
	if again, _, err := claims.Normalize([]byte(doc.Text)); err != nil || again != doc.Text {
		t.Errorf("read(%q).Text = %q, not normalised (%v)", data, doc.Text, err)
	}
}

func FuzzReadHTML(f *testing.F) {
	addFiles(f, "*.html")
	f.Add([]byte("<article><p>a<br><br>b<pre>x\n y</pre><td>c<td>d</article><article>"))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, readHTML, data) })
}

func FuzzReadMarkdown(f *testing.F) {
	addFiles(f, "*.md")
	f.Add([]byte("---\ntitle: x\n---\n# a *b* [c](d) ![e](f) `g` <!-- h\n> i\n| j |\n```\nk"))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, readMarkdown, data) })
}

// FuzzReadDOCX fuzzes the body of a well-formed archive's document.xml, where
// the reader's own parsing happens; the ZIP layer is the standard library's.
func FuzzReadDOCX(f *testing.F) {
	f.Add([]byte(berichtBody))
	f.Add([]byte(`<w:p><w:r><w:t>a</w:t><w:tab/><w:br/></w:r></w:p><w:p>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		checkRead(t, readDOCX, makeDOCX(t, string(body), ""))
	})
}
