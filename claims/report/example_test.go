package report_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/claims/report"
)

func ExampleWrite() {
	text := "Die Stadt hat 12.400 Einwohner."
	r := report.Report{
		Lang:      "de",
		Generated: time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC),
		Source:    "stadt.factdesk",
		Bundles: []report.Bundle{{
			Article: claims.Article{Title: "Kleinstadt wächst", Outlet: "Dorfbote", Published: "2026-11-17", Language: "de", Text: text},
			Claims:  []claims.Claim{{Found: claims.Found{Kind: claims.KindNumber, Start: 0, End: len(text), Text: text}, ID: "c1", Review: claims.Review{Verdict: claims.True, Note: "Melderegister, Stand 30.9.", Reviewer: "Lena Schäfer"}, Sources: []claims.Source{{Title: "Einwohnerstatistik", URL: "https://stadt.example/statistik", Accessed: "2026-11-18"}}}},
		}},
	}
	if err := report.Write(os.Stdout, report.FormatMarkdown, r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Faktencheck: Kleinstadt wächst
	//
	// - **Medium:** Dorfbote
	// - **Erschienen:** 17.11.2026
	// - **Geprüft von:** Lena Schäfer
	//
	// ## Bewertungen
	//
	// | Bewertung | Anzahl |
	// |---|---:|
	// | Richtig | 1 |
	//
	// ## Aussagen
	//
	// ### 1. Die Stadt hat 12.400 Einwohner.
	//
	// - **Bewertung:** Richtig
	// - **Art:** Zahl
	// - **Begründung:** Melderegister, Stand 30.9.
	// - **Geprüft von:** Lena Schäfer
	//
	// **Textstelle:**
	//
	// > Die Stadt hat 12.400 Einwohner.
	//
	// **Quellen:**
	//
	// 1. [Einwohnerstatistik](<https://stadt.example/statistik>), abgerufen am 18.11.2026
	//
	// ---
	//
	// _Erstellt am 20.11.2026, 09:30 UTC aus stadt.factdesk_
}

func ExampleReadJSON() {
	_, err := report.ReadJSON(strings.NewReader(`[{"@context": "https://schema.org", "@type": "ClaimReview"}]`))
	fmt.Println(err)
	fmt.Println(errors.Is(err, report.ErrNotReport))
	// Output:
	// not a factdesk report export: a schema.org ClaimReview file (ClaimReview exports cannot be read back; use the JSON export)
	// true
}
