package store

import (
	"context"
	"testing"

	"github.com/factdesk/factdesk/claims"
)

func TestSeenBefore(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	_, old := importGerman(t, s)
	port := old[2]
	if err := s.SetVerdict(ctx, port.ID, claims.False); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddSource(ctx, port.ID, claims.Source{URL: "https://example.org/hafenranking", Title: "Hafenranking"}); err != nil {
		t.Fatal(err)
	}
	crowd := old[1]
	if err := s.SetVerdict(ctx, crowd.ID, claims.Mixed); err != nil {
		t.Fatal(err)
	}

	// A later article repeats the port claim word for word (other case
	// and punctuation) and the crowd claim nearly so.
	text := "Rostock feierte. DIE STADT IST DER GRÖSSTE OSTSEEHAFEN DEUTSCHLANDS! " +
		"Nach Angaben des Rathauses kamen rund 4000 Menschen auf den Marktplatz von Rostock. " +
		"Das Wetter war gut."
	a := claims.Article{Title: "Hafenfest", Language: "de", Text: text}
	cs := []claims.Claim{
		span(t, text, "DIE STADT IST DER GRÖSSTE OSTSEEHAFEN DEUTSCHLANDS!", claims.KindFact),
		span(t, text, "Nach Angaben des Rathauses kamen rund 4000 Menschen auf den Marktplatz von Rostock.", claims.KindNumber),
		span(t, text, "Das Wetter war gut.", claims.KindFact),
	}
	res, err := s.ImportArticle(ctx, a, cs)
	if err != nil {
		t.Fatal(err)
	}
	if res.SeenBefore != 2 {
		t.Errorf("ImportArticle().SeenBefore = %d, want 2", res.SeenBefore)
	}
	got, _ := s.Claims(ctx, res.ArticleID, ClaimFilter{})
	tests := []struct {
		claim claims.Claim
		want  string // the earlier claim, "" for none
		exact bool
	}{
		{got[0], port.ID, true},
		{got[1], crowd.ID, false},
		{got[2], "", false},
	}
	for _, tt := range tests {
		ms, err := s.SeenBefore(ctx, tt.claim.ID)
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == "" {
			if len(ms) != 0 {
				t.Errorf("SeenBefore(%q) = %+v, want none", tt.claim.Text, ms)
			}
			continue
		}
		if len(ms) != 1 || ms[0].Claim.ID != tt.want || ms[0].Exact != tt.exact || ms[0].ArticleTitle != "Präsident Steinmeier in Rostock" {
			t.Errorf("SeenBefore(%q) = %+v, want %s exact=%v", tt.claim.Text, ms, tt.want, tt.exact)
			continue
		}
		if !ms[0].Claim.Review.Verdict.Reviewed() {
			t.Errorf("SeenBefore(%q) match has no verdict", tt.claim.Text)
		}
	}
	ms, _ := s.SeenBefore(ctx, got[0].ID)
	if len(ms) == 1 && len(ms[0].Claim.Sources) != 1 {
		t.Errorf("SeenBefore match sources = %+v, want the Hafenranking", ms[0].Claim.Sources)
	}
	n, err := s.CopySources(ctx, port.ID, got[0].ID)
	if err != nil || n != 1 {
		t.Fatalf("CopySources = %d, %v; want 1", n, err)
	}
	if n, _ := s.CopySources(ctx, port.ID, got[0].ID); n != 0 {
		t.Errorf("CopySources again = %d, want 0 (same URL)", n)
	}
	if c := mustClaim(t, s, got[0].ID); len(c.Sources) != 1 || c.Sources[0].URL != "https://example.org/hafenranking" || c.Sources[0].ID == ms[0].Claim.Sources[0].ID {
		t.Errorf("after CopySources, sources = %+v, want a copy of the Hafenranking", c.Sources)
	}

	// A claim reviewed after the import is found too (exact text).
	if err := s.SetVerdict(ctx, got[2].ID, claims.True); err != nil {
		t.Fatal(err)
	}
	b := claims.Article{Title: "Wetter", Language: "de", Text: "Das Wetter war gut."}
	res2, _ := s.ImportArticle(ctx, b, []claims.Claim{{Found: claims.Found{Kind: claims.KindFact, Start: 0, End: len(b.Text), Text: b.Text}}})
	c2, _ := s.Claims(ctx, res2.ArticleID, ClaimFilter{})
	if ms, _ := s.SeenBefore(ctx, c2[0].ID); len(ms) != 1 || ms[0].Claim.ID != got[2].ID {
		t.Errorf("SeenBefore(Wetter) = %+v, want the claim reviewed earlier", ms)
	}
}

func TestAgeChecks(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	// Steinmeier was born on 5 January 1956; on 16 February 2026 he is 70.
	pid, err := s.SavePerson(ctx, claims.Person{Name: "Frank-Walter Steinmeier", Aliases: []string{"Steinmeier"}, Born: "1956-01-05"})
	if err != nil {
		t.Fatal(err)
	}
	_, cs := importGerman(t, s)
	age := cs[0]
	if want := (claims.AgeCheck{Result: claims.AgeRight, Expected: 70, PersonID: pid}); age.AgeCheck != want {
		t.Errorf("AgeCheck on import = %+v, want %+v", age.AgeCheck, want)
	}
	if cs[1].AgeCheck != (claims.AgeCheck{}) {
		t.Errorf("a number claim got an age check: %+v", cs[1].AgeCheck)
	}

	// An age claim for someone not yet on file, then the person is saved.
	a, ecs := englishArticle(t)
	res, _ := s.ImportArticle(ctx, a, ecs)
	doe := func() claims.Claim {
		got, _ := s.Claims(ctx, res.ArticleID, ClaimFilter{Kind: claims.KindAge})
		return got[0]
	}
	if doe().AgeCheck.Result != claims.AgeUnknown {
		t.Errorf("AgeCheck without a birth date = %+v, want unknown", doe().AgeCheck)
	}
	tests := []struct {
		born string
		want claims.AgeCheckResult
		exp  int
	}{
		{"1971-02-21", claims.AgeRight, 54}, // birthday the day after publication
		{"1971-02-20", claims.AgeWrong, 55}, // birthday on the day of publication
		{"", claims.AgeUnknown, 0},
	}
	var doeID string
	for _, tt := range tests {
		doeID, err = s.SavePerson(ctx, claims.Person{ID: doeID, Name: "Jane Doe", Born: tt.born})
		if err != nil {
			t.Fatal(err)
		}
		if got := doe().AgeCheck; got.Result != tt.want || got.Expected != tt.exp {
			t.Errorf("SavePerson(born %q): AgeCheck = %+v, want %q expecting %d", tt.born, got, tt.want, tt.exp)
		}
	}
	// A new publication date re-checks.
	art, _ := s.Article(ctx, res.ArticleID)
	s.SavePerson(ctx, claims.Person{ID: doeID, Name: "Jane Doe", Born: "1971-02-21"})
	art.Published = "2026-02-21"
	if err := s.UpdateArticle(ctx, art); err != nil {
		t.Fatal(err)
	}
	if got := doe().AgeCheck; got.Result != claims.AgeWrong || got.Expected != 55 {
		t.Errorf("after moving the publication date, AgeCheck = %+v, want wrong, 55", got)
	}
	if err := s.DeletePerson(ctx, doeID); err != nil {
		t.Fatal(err)
	}
	if got := doe().AgeCheck; got != (claims.AgeCheck{}) {
		t.Errorf("after DeletePerson, AgeCheck = %+v, want none", got)
	}
	people, _ := s.People(ctx)
	if len(people) != 1 || people[0].ID != pid || len(people[0].Aliases) != 1 {
		t.Errorf("People() = %+v, want Steinmeier with one alias", people)
	}
	if _, err := s.SavePerson(ctx, claims.Person{Name: "X", Born: "5.1.1956"}); err == nil {
		t.Error("SavePerson with a bad date = nil error, want one")
	}
}
