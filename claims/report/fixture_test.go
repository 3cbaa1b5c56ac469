package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// The sample article is fictional, written for these tests: a city council
// story with an attributed direct quote, an age "Name (71)", a trade fact,
// reported speech, umlauts, ß and „“.
const sampleText = `Der Stadtrat von Kesselbrück hat am Dienstag mit 31 zu 12 Stimmen den Ausbau des Containerterminals am Nordkai beschlossen. Die Kosten werden auf 48,5 Millionen Euro geschätzt.

Oberbürgermeisterin Henrike Maaß (71) verteidigte das Vorhaben gegen Kritik aus der Opposition. „Der Hafen bleibt unser Tor zur Welt – ohne den Ausbau verlieren wir Tausende Arbeitsplätze“, sagte Maaß in der Sitzung.

Nach Angaben der Industrie- und Handelskammer hängen in der Region rund 4.200 Stellen direkt am Hafenumschlag. Die Niederlande sind Kesselbrücks wichtigster Handelspartner, gefolgt von Polen.

Die Fraktion der Grünen hält die Zahlen für überhöht. Laut ihrem Sprecher Jörg Weiß sei der Umschlag im vergangenen Jahr um 7 Prozent gesunken.

Lesen Sie auch: Neue Fähre nach Großbritannien
`

// Fixed times of the sample, in UTC so that they survive a JSON round trip
// unchanged.
var (
	sampleGenerated = time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)
	reviewedMonday  = time.Date(2026, 11, 18, 14, 5, 0, 0, time.UTC)
	reviewedTuesday = time.Date(2026, 11, 19, 10, 42, 0, 0, time.UTC)
)

// span returns the byte offsets of passage in text; it panics when the
// fixture and its text disagree, which is a bug in the fixture.
func span(text, passage string) (int, int) {
	i := strings.Index(text, passage)
	if i < 0 {
		panic(fmt.Sprintf("fixture: %q not in text", passage))
	}
	return i, i + len(passage)
}

func hashOf(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// sampleClaim builds a claim of the sample article whose passage is the
// given part of the text.
func sampleClaim(n int, kind claims.Kind, passage, text string) claims.Claim {
	start, end := span(sampleText, passage)
	return claims.Claim{Found: claims.Found{Kind: kind, Start: start, End: end, Text: text, Score: 0.8}, ID: fmt.Sprintf("019a8f3c-7b10-7c41-9d2e-0000000000%02d", n), ArticleID: sampleArticleID, Origin: claims.OriginExtracted, UpdatedAt: reviewedMonday, UpdatedBy: "Lena Schäfer", Version: 2}
}

func source(claimID string, n int, title, url, publisher, accessed, by string) claims.Source {
	return claims.Source{
		ID:      fmt.Sprintf("019a8f3d-1a20-7e55-8c3b-0000000000%02d", n),
		ClaimID: claimID, URL: url, Title: title, Publisher: publisher, Accessed: accessed,
		UpdatedAt: reviewedMonday, UpdatedBy: by, Version: 1,
	}
}

const sampleArticleID = "019a8f3b-2c00-7a10-b1f4-5e6d7c8b9a01"

// sampleReport is the German sample: one article with eight claims, seven
// reviewed by two reviewers, sources added by a third person.
func sampleReport() Report {
	c1 := sampleClaim(1, claims.KindNumber,
		"Der Stadtrat von Kesselbrück hat am Dienstag mit 31 zu 12 Stimmen den Ausbau des Containerterminals am Nordkai beschlossen.",
		"Der Stadtrat von Kesselbrück hat den Ausbau des Containerterminals mit 31 zu 12 Stimmen beschlossen.")
	c1.Value = 31
	c1.Review = claims.Review{Verdict: claims.True, Note: "Das Sitzungsprotokoll verzeichnet 31 Ja- und 12 Nein-Stimmen bei zwei Enthaltungen.", Reviewer: "Lena Schäfer", ReviewedAt: reviewedMonday}
	c1.Sources = []claims.Source{source(c1.ID, 1, "Niederschrift der Ratssitzung vom 17.11.2026", "https://ratsinfo.kesselbrueck.example/sitzungen/2026-11-17", "Stadt Kesselbrück", "2026-11-18", "Lena Schäfer")}

	c2 := sampleClaim(2, claims.KindNumber, "Die Kosten werden auf 48,5 Millionen Euro geschätzt.",
		"Der Ausbau des Containerterminals kostet schätzungsweise 48,5 Millionen Euro.")
	c2.Value, c2.Unit = 48.5, "Millionen Euro"
	c2.Review = claims.Review{Verdict: claims.MissingContext, Note: "Die Beschlussvorlage nennt 48,5 Mio. € netto; mit Planungskosten und Risikopuffer sind es 56,1 Mio. €.", Reviewer: "Lena Schäfer", ReviewedAt: reviewedMonday}
	c2.Sources = []claims.Source{source(c2.ID, 2, "Beschlussvorlage 2026/314: Ausbau Nordkai", "https://ratsinfo.kesselbrueck.example/vorlagen/2026-314", "Stadt Kesselbrück", "2026-11-18", "Aylin Doğan")}

	c3 := sampleClaim(3, claims.KindAge, "Oberbürgermeisterin Henrike Maaß (71)", "Henrike Maaß ist 71 Jahre alt.")
	c3.Person, c3.Age = "Henrike Maaß", 71
	c3.AgeCheck = claims.AgeCheck{Result: claims.AgeWrong, Expected: 70, PersonID: "019a8f3e-0000-7000-8000-000000000001"}
	c3.Review = claims.Review{Verdict: claims.False, Note: "Laut Wahlbekanntmachung ist Maaß am 3. März 1956 geboren, also 70 Jahre alt.", Reviewer: "Jonas Übel", ReviewedAt: reviewedTuesday}
	s3 := source(c3.ID, 3, "Öffentliche Bekanntmachung der Wahlvorschläge zur Oberbürgermeisterwahl", "https://www.kesselbrueck.example/wahlen/ob-2021-bekanntmachung.pdf", "Wahlamt Kesselbrück", "2026-11-19", "Jonas Übel")
	s3.EvidenceName, s3.EvidenceType, s3.EvidenceSize = "ob-2021-bekanntmachung.pdf", "application/pdf", 48213
	s3.EvidenceSHA256 = hashOf("Bekanntmachung (fiktiv)")
	c3.Sources = []claims.Source{s3}

	c4 := sampleClaim(4, claims.KindAttribution,
		"„Der Hafen bleibt unser Tor zur Welt – ohne den Ausbau verlieren wir Tausende Arbeitsplätze“, sagte Maaß in der Sitzung.",
		"Henrike Maaß: „Der Hafen bleibt unser Tor zur Welt – ohne den Ausbau verlieren wir Tausende Arbeitsplätze“")
	c4.Speaker, c4.Cue, c4.Direct = "Henrike Maaß", "sagte", true
	c4.Quote = "Der Hafen bleibt unser Tor zur Welt – ohne den Ausbau verlieren wir Tausende Arbeitsplätze"
	c4.Review = claims.Review{Verdict: claims.Unproven, Note: "Das Zitat ist im Video der Sitzung zu hören. Für „Tausende Arbeitsplätze“ nennt die Stadt keine Grundlage.", Reviewer: "Jonas Übel", ReviewedAt: reviewedTuesday}
	c4.Sources = []claims.Source{source(c4.ID, 4, "Videoaufzeichnung der Ratssitzung, ab 1:12:40", "https://ratsinfo.kesselbrueck.example/video/2026-11-17#t=4360", "Stadt Kesselbrück", "2026-11-19", "Jonas Übel")}

	c5 := sampleClaim(5, claims.KindAttribution,
		"Nach Angaben der Industrie- und Handelskammer hängen in der Region rund 4.200 Stellen direkt am Hafenumschlag.",
		"Industrie- und Handelskammer: In der Region hängen rund 4.200 Stellen direkt am Hafenumschlag.")
	c5.Speaker, c5.Cue, c5.AccordingTo = "Industrie- und Handelskammer", "nach Angaben", "Industrie- und Handelskammer"
	c5.Quote = "in der Region hängen rund 4.200 Stellen direkt am Hafenumschlag"
	c5.Review = claims.Review{Verdict: claims.True, Note: "Die Hafenstudie der IHK (2025) nennt 4.180 direkt Beschäftigte.", Reviewer: "Lena Schäfer", ReviewedAt: reviewedMonday}
	c5.Sources = []claims.Source{
		source(c5.ID, 5, "Hafenstudie 2025", "https://www.ihk-kesselbrueck.example/hafenstudie-2025", "IHK Kesselbrück", "2026-11-18", "Aylin Doğan"),
		source(c5.ID, 6, "Beschäftigtenstatistik nach Branchen", "https://statistik.example/kreise/kesselbrueck", "Statistisches Landesamt", "2026-11-18", "Lena Schäfer"),
	}

	c6 := sampleClaim(6, claims.KindTrade, "Die Niederlande sind Kesselbrücks wichtigster Handelspartner, gefolgt von Polen.",
		"Die Niederlande sind Kesselbrücks wichtigster Handelspartner.")
	c6.Subject, c6.Partner, c6.Measure = "Niederlande", "Kesselbrück", "wichtigster Handelspartner"
	c6.Review = claims.Review{Verdict: claims.MostlyTrue, Note: "Bei den Ausfuhren stimmt das; bei den Einfuhren liegt Polen knapp vorn.", Reviewer: "Lena Schäfer", ReviewedAt: reviewedMonday}
	c6.Sources = []claims.Source{source(c6.ID, 7, "Außenhandel der Hafenwirtschaft 2025", "https://statistik.example/aussenhandel/2025", "Statistisches Landesamt", "2026-11-18", "Lena Schäfer")}

	c7 := sampleClaim(7, claims.KindAttribution, "Laut ihrem Sprecher Jörg Weiß sei der Umschlag im vergangenen Jahr um 7 Prozent gesunken.",
		"Jörg Weiß (laut Fraktion der Grünen): Der Umschlag sei im vergangenen Jahr um 7 Prozent gesunken.")
	c7.Speaker, c7.Cue, c7.AccordingTo = "Jörg Weiß", "laut", "Fraktion der Grünen"
	c7.Quote = "der Umschlag sei im vergangenen Jahr um 7 Prozent gesunken"
	c7.Review = claims.Review{Verdict: claims.False, Note: "-2,1 Prozent laut Hafenstatistik, nicht -7 Prozent; die 7 Prozent betreffen nur den Stückgutumschlag.", Reviewer: "Jonas Übel", ReviewedAt: reviewedTuesday}
	c7.Sources = []claims.Source{source(c7.ID, 8, "Hafenstatistik 2025", "https://hafen.kesselbrueck.example/statistik/2025", "Hafengesellschaft Kesselbrück", "2026-11-19", "Jonas Übel")}

	c8 := sampleClaim(8, claims.KindFact, "Die Fraktion der Grünen hält die Zahlen für überhöht.",
		"Die Fraktion der Grünen hält die Zahlen für überhöht.")
	c8.Score = 0.3

	return Report{
		Bundles: []Bundle{{
			Article: claims.Article{
				ID:        sampleArticleID,
				Title:     "„Tor zur Welt“: Stadtrat von Kesselbrück beschließt Ausbau des Hafens",
				Outlet:    "Kesselbrücker Anzeiger",
				URL:       "https://www.kesselbruecker-anzeiger.example/stadt/hafen-ausbau-beschlossen",
				Published: "2026-11-17",
				Language:  "de",
				Text:      sampleText,
				Hash:      hashOf(sampleText),
				Status:    claims.StatusInReview,
				CreatedAt: time.Date(2026, 11, 17, 16, 20, 0, 0, time.UTC),
				UpdatedAt: reviewedTuesday, UpdatedBy: "Jonas Übel", Version: 3,
			},
			Claims: []claims.Claim{c1, c2, c3, c4, c5, c6, c7, c8},
		}},
		Generated: sampleGenerated,
		Source:    "hafen-kesselbrueck.factdesk",
		Lang:      "de",
	}
}
