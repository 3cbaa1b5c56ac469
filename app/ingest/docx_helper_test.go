package ingest

import (
	"archive/zip"
	"bytes"
	"testing"
)

// makeZip packs files (name → content) into a ZIP archive, in name order
// given by names.
func makeZip(t testing.TB, names []string, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// makeDOCX builds a minimal Word document around body, the content of
// <w:body>, with coreTitle as its Title property when not empty.
func makeDOCX(t testing.TB, body, coreTitle string) []byte {
	t.Helper()
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="wps"><w:body>` +
			body + `</w:body></w:document>`,
		"docProps/core.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` +
			coreTitle + `</dc:title><dc:language>de-DE</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:created></cp:coreProperties>`,
	}
	names := []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "docProps/core.xml"}
	return makeZip(t, names, files)
}

// berichtBody is the body of the Word fixture: a Title paragraph, runs
// split mid-word, a tab stop setting that is no text, a tab, a line break,
// tracked changes, a text box stored twice (mc:Choice and mc:Fallback) and
// a table.
const berichtBody = `
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Fähre statt Brücke</w:t></w:r></w:p>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
  <w:r><w:t xml:space="preserve">Müller sagte, die Brü</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>cke</w:t></w:r>
  <w:r><w:t xml:space="preserve"> sei marode.</w:t></w:r></w:p>
<w:p><w:r><w:t>US</w:t><w:noBreakHyphen/><w:t>Politik</w:t><w:softHyphen/></w:r></w:p>
<w:p><w:r><w:t>Kosten:</w:t><w:tab/><w:t>12,4 Millionen Euro</w:t><w:br/><w:t>Bauzeit: zwei Jahre</w:t></w:r></w:p>
<w:p><w:del w:id="1" w:author="A"><w:r><w:delText>Die Brücke ist sicher.</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>Die Brücke ist gesperrt.</w:t></w:r></w:ins></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Kasten: Fähre F12</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Kasten: Fähre F12</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Fahrplan ab Montag.</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Linie</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Takt</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r><w:r><w:t>Quelle: Senat</w:t></w:r></w:p>
<w:sectPr/>`
