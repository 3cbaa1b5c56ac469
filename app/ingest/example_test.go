package ingest_test

import (
	"fmt"

	"github.com/factdesk/factdesk/app/ingest"
)

func ExampleRead() {
	page := []byte(`<!DOCTYPE html>
<html lang="de"><head>
<title>Brücke gesperrt | Spreeboten</title>
<meta property="og:site_name" content="Spreeboten">
<meta property="article:published_time" content="2024-03-12T08:00:00+01:00">
</head><body>
<nav><a href="/">Startseite</a></nav>
<article>
<h1>Brücke gesperrt</h1>
<p>Müller sagte, die Brücke sei
   &bdquo;nicht mehr sicher&ldquo;.</p>
<p>Die Sanierung koste 12,4 Millionen Euro.</p>
</article>
</body></html>`)
	doc, err := ingest.Read("seite.html", page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title, "·", doc.Outlet, "·", doc.Published, "·", doc.Language)
	fmt.Println(doc.Text)
	// Output:
	// Brücke gesperrt · Spreeboten · 2024-03-12 · de
	// Brücke gesperrt
	//
	// Müller sagte, die Brücke sei „nicht mehr sicher“.
	//
	// Die Sanierung koste 12,4 Millionen Euro.
}
