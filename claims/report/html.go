package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

//go:embed report.html.tmpl
var htmlSource string

// htmlTemplate is the one-file HTML report: inline CSS, no scripts, no
// external resources; html/template escapes every value for its context.
var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"web":  webURL,
	"join": strings.Join,
	"total": func(l *labels, n int) string {
		return fmt.Sprintf(l.Total, n)
	},
}).Parse(htmlSource))

// htmlData is what the template sees: the view and the page title.
type htmlData struct {
	*view
	Title string
}

func writeHTML(w io.Writer, v *view) error {
	title := v.L.Report
	if len(v.Articles) == 1 {
		title += ": " + v.Articles[0].Title
	}
	return htmlTemplate.Execute(w, htmlData{v, title})
}
