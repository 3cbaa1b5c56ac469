package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/factdesk/factdesk/claims"
	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// Page geometry of the PDF report, in millimetres (A4 portrait).
const (
	pdfMargin      = 18.0
	pdfTop         = 22.0 // below the running header
	pdfBottom      = 18.0 // above the page number
	pdfWidth       = 210.0 - 2*pdfMargin
	pdfLabelWidth  = 32.0
	pdfBarWidth    = 90.0
	pdfFont        = "go"
	pdfPageAlias   = "{nb}"
	pdfClaimNeeded = 45.0 // space a claim needs to start on the page
)

// rgb is a colour for fpdf.
type rgb struct{ r, g, b int }

// verdictColours are the badge and bar colours of the scale, the same as
// the HTML report's.
var verdictColours = map[claims.Verdict]rgb{
	claims.Unreviewed:     {0xb5, 0xb2, 0xaa},
	claims.True:           {0x2e, 0x6b, 0x34},
	claims.MostlyTrue:     {0x5f, 0x8f, 0x3a},
	claims.Mixed:          {0xb7, 0x86, 0x0b},
	claims.MostlyFalse:    {0xc0, 0x56, 0x1a},
	claims.False:          {0xa3, 0x20, 0x20},
	claims.MissingContext: {0x6b, 0x4b, 0x8a},
	claims.Unproven:       {0x55, 0x70, 0x7f},
	claims.NotCheckable:   {0x7a, 0x78, 0x73},
}

var (
	ink   = rgb{0x1d, 0x1d, 0x1b}
	grey  = rgb{0x5f, 0x5e, 0x5a}
	rule  = rgb{0xc9, 0xc6, 0xbc}
	track = rgb{0xec, 0xeb, 0xe6}
	red   = rgb{0x8a, 0x1c, 0x1c}
)

// pdfWriter lays a view out on A4 pages with fpdf.
type pdfWriter struct {
	pdf     *fpdf.Fpdf
	v       *view
	heading string // the article the current page belongs to, for the running header
}

// writePDF writes v as an A4 PDF with the Go fonts embedded, a running
// header and page numbers on every page. Creation and modification dates
// are the report's generation time, so the same report gives the same bytes.
func writePDF(w io.Writer, v *view) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(pdfFont, "", goregular.TTF)
	pdf.AddUTF8FontFromBytes(pdfFont, "B", gobold.TTF)
	pdf.AddUTF8FontFromBytes(pdfFont, "I", goitalic.TTF)
	pdf.SetMargins(pdfMargin, pdfTop, pdfMargin)
	pdf.SetAutoPageBreak(true, pdfBottom)
	pdf.AliasNbPages(pdfPageAlias)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(v.generatedAt)
	pdf.SetModificationDate(v.generatedAt)
	pdf.SetCreator("factdesk", true)
	pdf.SetLang(v.L.Lang)
	title := v.L.Report
	if len(v.Articles) == 1 {
		title += ": " + v.Articles[0].Title
	}
	pdf.SetTitle(pdfText(title), true)
	pw := &pdfWriter{pdf: pdf, v: v}
	pdf.SetHeaderFunc(pw.header)
	pdf.SetFooterFunc(pw.footer)
	if len(v.Articles) == 0 {
		pdf.AddPage()
		pw.generated()
	}
	if v.Overview != nil {
		pw.heading = v.L.Overview
		pdf.AddPage()
		pw.overview()
	}
	for i, a := range v.Articles {
		pw.heading = a.Title
		pdf.AddPage()
		pw.article(a)
		if i == len(v.Articles)-1 {
			pw.generated()
		}
	}
	return pdf.Output(w)
}

func (p *pdfWriter) colour(c rgb) { p.pdf.SetTextColor(c.r, c.g, c.b) }
func (p *pdfWriter) fill(c rgb)   { p.pdf.SetFillColor(c.r, c.g, c.b) }
func (p *pdfWriter) draw(c rgb)   { p.pdf.SetDrawColor(c.r, c.g, c.b) }
func (p *pdfWriter) font(style string, size float64) {
	p.pdf.SetFont(pdfFont, style, size)
}

// cell prints one line of text in a box w wide (0: to the right margin);
// ln says where to go next as in fpdf.CellFormat.
func (p *pdfWriter) cell(w, h float64, s string, ln int, align string, fill bool) {
	p.pdf.CellFormat(w, h, pdfText(s), "", ln, align, fill, 0, "")
}

// multi prints text wrapped to w (0: to the right margin).
func (p *pdfWriter) multi(w, h float64, s string) {
	p.pdf.MultiCell(w, h, pdfText(s), "", "L", false)
}

// header prints the report name and the current article's title, and the
// generation time, above a rule.
func (p *pdfWriter) header() {
	p.font("", 8)
	p.colour(grey)
	p.pdf.SetXY(pdfMargin, 9)
	right := p.v.L.timestamp(p.v.generatedAt)
	rw := p.pdf.GetStringWidth(right) + 2
	left := p.fit(p.v.L.Report+" · "+p.heading, pdfWidth-rw-4)
	p.cell(pdfWidth-rw, 5, left, 0, "L", false)
	p.cell(rw, 5, right, 0, "R", false)
	p.draw(rule)
	p.pdf.SetLineWidth(0.2)
	p.pdf.Line(pdfMargin, 15, pdfMargin+pdfWidth, 15)
	p.pdf.SetXY(pdfMargin, pdfTop)
	p.colour(ink)
}

// footer prints "Page n of m".
func (p *pdfWriter) footer() {
	p.pdf.SetY(-12)
	p.font("", 8)
	p.colour(grey)
	p.cell(0, 5, fmt.Sprintf(p.v.L.Page, p.pdf.PageNo(), pdfPageAlias), 0, "C", false)
}

// fit shortens s with an ellipsis until it is at most width wide.
func (p *pdfWriter) fit(s string, width float64) string {
	s = pdfText(s)
	if p.pdf.GetStringWidth(s) <= width {
		return s
	}
	runes := []rune(s)
	for len(runes) > 0 && p.pdf.GetStringWidth(string(runes)+"…") > width {
		runes = runes[:len(runes)-1]
	}
	return strings.TrimSpace(string(runes)) + "…"
}

func (p *pdfWriter) article(a articleView) {
	pdf := p.pdf
	p.kicker()
	p.font("B", 18)
	p.colour(ink)
	p.multi(0, 8, a.Title)
	pdf.Ln(2)
	p.field(p.v.L.Outlet, a.Outlet, 9.5)
	p.field(p.v.L.Published, a.Published, 9.5)
	page, top := pdf.PageNo(), pdf.GetY()
	p.field(p.v.L.URL, a.URL, 9.5)
	if webURL(a.URL) && pdf.PageNo() == page {
		pdf.LinkString(pdfMargin+pdfLabelWidth, top, pdfWidth-pdfLabelWidth, pdf.GetY()-top, a.URL)
	}
	p.field(p.v.L.Reviewers, strings.Join(a.Reviewers, ", "), 9.5)
	if len(a.Counts) > 0 {
		p.section(p.v.L.Verdicts)
		p.chart(a.Counts, len(a.Claims))
	}
	p.section(p.v.L.Claims)
	if len(a.Claims) == 0 {
		p.font("I", 10)
		p.colour(grey)
		p.multi(0, 5, p.v.L.NoClaims)
	}
	for _, c := range a.Claims {
		p.claim(c)
	}
}

// section prints a heading with a rule under it.
func (p *pdfWriter) section(title string) {
	pdf := p.pdf
	pdf.Ln(4)
	if _, h := pdf.GetPageSize(); pdf.GetY() > h-pdfBottom-25 {
		pdf.AddPage()
	}
	p.font("B", 10)
	p.colour(ink)
	p.cell(0, 6, strings.ToUpper(title), 1, "L", false)
	p.draw(ink)
	pdf.SetLineWidth(0.3)
	pdf.Line(pdfMargin, pdf.GetY(), pdfMargin+pdfWidth, pdf.GetY())
	pdf.Ln(3)
}

// field prints "label  value" with the value wrapping in its column; it
// prints nothing for an empty value.
func (p *pdfWriter) field(label, value string, size float64) {
	if value == "" {
		return
	}
	pdf := p.pdf
	p.font("", size)
	p.colour(grey)
	p.cell(pdfLabelWidth, size*0.5, label, 0, "L", false)
	p.colour(ink)
	p.multi(0, size*0.5, value)
	pdf.Ln(0.8)
}

// overview prints the totals of a report of several articles and lists the
// articles.
func (p *pdfWriter) overview() {
	pdf := p.pdf
	l := p.v.L
	p.kicker()
	p.font("B", 18)
	p.colour(ink)
	p.multi(0, 8, l.Overview)
	p.font("", 10)
	p.multi(0, 6, p.v.Overview.Summary)
	p.section(l.Verdicts)
	total := 0
	for _, a := range p.v.Articles {
		total += len(a.Claims)
	}
	p.chart(p.v.Overview.Counts, total)
	p.section(l.Articles)
	for i, a := range p.v.Articles {
		p.font("", 10)
		p.colour(ink)
		pdf.SetX(pdfMargin)
		p.cell(8, 5.5, itoa(i+1)+".", 0, "L", false)
		p.multi(0, 5.5, a.Title+" ("+fmt.Sprintf(l.Total, len(a.Claims))+")")
	}
}

// kicker prints the small red report label above a title.
func (p *pdfWriter) kicker() {
	p.font("B", 8)
	p.colour(red)
	p.cell(0, 5, strings.ToUpper(p.v.L.Report), 1, "L", false)
}

// chart draws one bar per verdict that occurs, scaled to total.
func (p *pdfWriter) chart(counts []countView, total int) {
	pdf := p.pdf
	for _, c := range counts {
		y := pdf.GetY()
		p.font("", 9.5)
		p.colour(ink)
		p.cell(45, 6, c.Label, 0, "L", false)
		x := pdf.GetX()
		p.fill(track)
		pdf.Rect(x, y+1.2, pdfBarWidth, 3.6, "F")
		p.fill(verdictColours[c.Verdict])
		pdf.Rect(x, y+1.2, max(0.6, pdfBarWidth*float64(c.N)/float64(total)), 3.6, "F")
		pdf.SetX(x + pdfBarWidth + 3)
		p.cell(12, 6, itoa(c.N), 1, "L", false)
	}
	p.font("", 8.5)
	p.colour(grey)
	pdf.Ln(1)
	p.cell(0, 5, fmt.Sprintf(p.v.L.Total, total), 1, "L", false)
}

func (p *pdfWriter) claim(c claimView) {
	pdf := p.pdf
	l := p.v.L
	if _, h := pdf.GetPageSize(); pdf.GetY() > h-pdfBottom-pdfClaimNeeded {
		pdf.AddPage()
	} else {
		pdf.Ln(2)
		p.draw(rule)
		pdf.SetLineWidth(0.2)
		pdf.Line(pdfMargin, pdf.GetY(), pdfMargin+pdfWidth, pdf.GetY())
		pdf.Ln(2.5)
	}
	// Head line: number, kind, verdict badge at the right.
	y := pdf.GetY()
	p.font("B", 9)
	p.colour(ink)
	p.cell(8, 6, itoa(c.N), 0, "L", false)
	p.font("", 8)
	p.colour(grey)
	p.cell(60, 6, strings.ToUpper(c.KindLabel), 0, "L", false)
	p.font("B", 8.5)
	bw := pdf.GetStringWidth(pdfText(c.VerdictLabel)) + 5
	p.fill(verdictColours[c.Verdict])
	p.colour(rgb{255, 255, 255})
	pdf.SetXY(pdfMargin+pdfWidth-bw, y)
	p.cell(bw, 6, c.VerdictLabel, 1, "C", true)
	pdf.Ln(1.5)
	// Claim text.
	p.font("B", 11.5)
	p.colour(ink)
	p.multi(0, 5.6, c.Text)
	pdf.Ln(1.5)
	// Passage, indented behind a grey rule.
	top := pdf.GetY()
	p.font("I", 9.5)
	p.colour(grey)
	pdf.SetX(pdfMargin + 4)
	p.multi(pdfWidth-4, 4.8, firstNonEmpty(c.Passage, l.NoPassage))
	if pdf.GetY() > top { // the passage did not break onto a new page
		p.draw(rule)
		pdf.SetLineWidth(0.8)
		pdf.Line(pdfMargin+0.5, top+0.5, pdfMargin+0.5, pdf.GetY()-0.5)
	}
	pdf.Ln(2)
	p.field(l.Speaker, c.Speaker, 9.5)
	p.field(l.AccordingTo, c.AccordingTo, 9.5)
	p.field(l.Note, c.Note, 9.5)
	p.field(l.Reviewer, joinNonEmpty(", ", c.Reviewer, c.Reviewed), 9.5)
	p.sources(c.Sources)
}

func (p *pdfWriter) sources(sources []sourceView) {
	pdf := p.pdf
	l := p.v.L
	p.font("", 9.5)
	p.colour(grey)
	p.cell(pdfLabelWidth, 4.75, l.Sources, 0, "L", false)
	if len(sources) == 0 {
		p.font("I", 9.5)
		p.multi(0, 4.75, l.NoSources)
		return
	}
	for i, s := range sources {
		if i > 0 {
			pdf.SetX(pdfMargin + pdfLabelWidth)
		}
		p.font("", 9.5)
		p.colour(ink)
		text := itoa(i+1) + ". " + joinNonEmpty(", ", s.Title, s.Publisher)
		if s.URL != "" {
			text = joinNonEmpty("\n", text, s.URL)
		}
		if s.Accessed != "" {
			text += " (" + l.Accessed + " " + s.Accessed + ")"
		}
		page, top := pdf.PageNo(), pdf.GetY()
		p.multi(0, 4.75, text)
		if webURL(s.URL) && pdf.PageNo() == page {
			pdf.LinkString(pdfMargin+pdfLabelWidth, top, pdfWidth-pdfLabelWidth, pdf.GetY()-top, s.URL)
		}
		if s.EvidenceSHA256 != "" {
			pdf.SetX(pdfMargin + pdfLabelWidth)
			p.font("", 7.5)
			p.colour(grey)
			p.multi(0, 3.8, l.Evidence+": "+s.EvidenceName+" · SHA-256 "+s.EvidenceSHA256)
		}
		pdf.Ln(0.8)
	}
}

// generated prints the closing "generated on … from …" line.
func (p *pdfWriter) generated() {
	pdf := p.pdf
	pdf.Ln(6)
	p.font("I", 8.5)
	p.colour(grey)
	p.multi(0, 4.5, p.v.Generated)
}
