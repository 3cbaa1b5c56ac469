package store

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// testClock returns a clock that starts at a fixed time and advances one
// second on every reading.
func testClock(start time.Time) func() time.Time {
	var mu sync.Mutex
	now := start
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now = now.Add(time.Second)
		return now
	}
}

var clockStart = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

// openTemp opens a new store in a temporary folder with a test clock.
func openTemp(t testing.TB) *Store {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "desk.factdesk"))
}

func openAt(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	s.SetClock(testClock(clockStart))
	s.SetActor("anna")
	return s
}

// germanText is a short article written for these tests.
const germanText = "Bundespräsident Frank-Walter Steinmeier (70) hat am Montag Rostock besucht. " +
	"Nach Angaben des Rathauses kamen rund 4000 Menschen auf den Marktplatz. " +
	"Die Stadt ist der größte Ostseehafen Deutschlands. " +
	"„Wir müssen zusammenhalten“, sagte Steinmeier."

// englishText is a second article, in English.
const englishText = "The mayor, 54-year-old Jane Doe, opened the new bridge on Friday. " +
	"According to the city, the bridge cost 12 million euros."

// span returns the claim of kind k covering the first occurrence of
// passage in text.
func span(t testing.TB, text, passage string, k claims.Kind) claims.Claim {
	t.Helper()
	i := strings.Index(text, passage)
	if i < 0 {
		t.Fatalf("passage %q not in text", passage)
	}
	return claims.Claim{Found: claims.Found{Kind: k, Start: i, End: i + len(passage), Text: passage, Score: 0.5}}
}

// germanArticle returns the German test article and its claims.
func germanArticle(t testing.TB) (claims.Article, []claims.Claim) {
	a := claims.Article{Title: "Präsident Steinmeier in Rostock", Outlet: "Ostsee-Bote", Published: "2026-02-16", Language: "de", Text: germanText}
	age := span(t, germanText, "Frank-Walter Steinmeier (70)", claims.KindAge)
	age.Person, age.Age = "Frank-Walter Steinmeier", 70
	crowd := span(t, germanText, "Nach Angaben des Rathauses kamen rund 4000 Menschen auf den Marktplatz.", claims.KindNumber)
	crowd.Value, crowd.Unit = 4000, "Menschen"
	port := span(t, germanText, "Die Stadt ist der größte Ostseehafen Deutschlands.", claims.KindFact)
	quote := span(t, germanText, "„Wir müssen zusammenhalten“, sagte Steinmeier.", claims.KindAttribution)
	quote.Speaker, quote.Cue, quote.Quote, quote.Direct = "Frank-Walter Steinmeier", "sagte", "Wir müssen zusammenhalten", true
	return a, []claims.Claim{age, crowd, port, quote}
}

// englishArticle returns the English test article and its claims.
func englishArticle(t testing.TB) (claims.Article, []claims.Claim) {
	a := claims.Article{Title: "Bridge opened", Published: "2026-02-20", Language: "en", Text: englishText}
	age := span(t, englishText, "54-year-old Jane Doe", claims.KindAge)
	age.Person, age.Age = "Jane Doe", 54
	cost := span(t, englishText, "According to the city, the bridge cost 12 million euros.", claims.KindNumber)
	cost.Value, cost.Unit = 12e6, "euros"
	return a, []claims.Claim{age, cost}
}

// importGerman imports the German article and returns its ID and claims.
func importGerman(t testing.TB, s *Store) (string, []claims.Claim) {
	t.Helper()
	ctx := context.Background()
	a, cs := germanArticle(t)
	res, err := s.ImportArticle(ctx, a, cs)
	if err != nil {
		t.Fatalf("ImportArticle: %v", err)
	}
	got, err := s.Claims(ctx, res.ArticleID, ClaimFilter{})
	if err != nil {
		t.Fatalf("Claims: %v", err)
	}
	return res.ArticleID, got
}
