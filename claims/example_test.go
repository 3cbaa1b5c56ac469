package claims_test

import (
	"fmt"

	"github.com/factdesk/factdesk/claims"
)

func ExampleExtract() {
	text := "Bundeskanzlerin Anna Berger (58) besuchte am Montag Lyon. " +
		"„Wir wollen enger zusammenarbeiten“, sagte die Kanzlerin nach dem Treffen.\n" +
		"Frankreich ist Deutschlands wichtigster Handelspartner.\n" +
		"Lesen Sie auch: Zehn Tipps für den Urlaub"
	ex := claims.Extract(text, claims.Options{})
	fmt.Println("language:", ex.Language)
	for _, c := range ex.Claims {
		fmt.Printf("%s: %s\n", c.Kind, c.Text)
	}
	for _, s := range ex.Skipped {
		fmt.Printf("skipped (%s): %s\n", s.Reason, text[s.Start:s.End])
	}
	// Output:
	// language: de
	// fact: Bundeskanzlerin Anna Berger besuchte am Montag Lyon.
	// age: Anna Berger ist 58 Jahre alt.
	// attribution: Anna Berger: „Wir wollen enger zusammenarbeiten“
	// trade: Frankreich ist Deutschlands wichtigster Handelspartner.
	// skipped (boilerplate): Lesen Sie auch: Zehn Tipps für den Urlaub
}

func ExampleTidy() {
	pasted := "<h2 class=\"titel\">Brücke gesperrt</h2>\n" +
		"<p>Die Sanierung dauert zwei Jahre.</p>\n\n" +
		"3\n\n" +
		"Kosten.........12,4 Mio. Euro"
	text, warnings := claims.Tidy(pasted)
	fmt.Println(text)
	for _, w := range warnings {
		fmt.Println("-", w)
	}
	// Output:
	// Brücke gesperrt
	// Die Sanierung dauert zwei Jahre.
	//
	// Kosten 12,4 Mio. Euro
	// - removed 4 HTML tags
	// - replaced 1 dot leader ("........") with a space
	// - removed 1 page number standing alone
}
