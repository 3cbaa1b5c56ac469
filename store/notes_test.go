package store

import (
	"context"
	"testing"
)

func TestNoteIndexFollowsEveryChange(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	_, cs := importGerman(t, s)
	id := cs[0].ID
	find := func(q string) bool {
		hits, err := s.Search(ctx, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			if h.Field == "note" && h.ClaimID == id {
				return true
			}
		}
		return false
	}
	steps := []struct {
		do         func() error
		found, not string
	}{
		{func() error { return s.SetNote(ctx, id, "Geburtsurkunde geprüft") }, "Geburtsurkunde", "Melderegister"},
		{func() error { return s.SetNote(ctx, id, "Melderegister geprüft") }, "Melderegister", "Geburtsurkunde"},
		{func() error { return s.SetNote(ctx, id, "") }, "", "Melderegister"},
		{func() error { _, err := s.Undo(ctx); return err }, "Melderegister", "Geburtsurkunde"},
		{func() error { _, err := s.Undo(ctx); return err }, "Geburtsurkunde", "Melderegister"},
		{func() error { _, err := s.Undo(ctx); return err }, "", "Geburtsurkunde"},
	}
	for i, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if st.found != "" && !find(st.found) {
			t.Errorf("step %d: Search(%q) misses the note", i, st.found)
		}
		if find(st.not) {
			t.Errorf("step %d: Search(%q) finds an old note", i, st.not)
		}
		if probs, err := s.Check(ctx); err != nil || len(probs) != 0 {
			t.Errorf("step %d: Check() = %v, %v", i, probs, err)
		}
	}
}
