package claims

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestExtractionJSON checks DESIGN.md's extract -json shape: keys in the
// contract's order, claims in their Claim form with "origin", and "direct"
// written for every attribution, also when it is false.
func TestExtractionJSON(t *testing.T) {
	text := "Der Bürgermeister sagte, die Brücke sei sicher. Sie kostete 4 Millionen Euro."
	ex := Extract(text, Options{Language: "de"})
	out, err := json.Marshal(ex)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	last := -1
	for _, key := range []string{`"language"`, `"sentences"`, `"claims"`, `"skipped"`} {
		i := strings.Index(s, key)
		if i < 0 || i < last {
			t.Fatalf("key %s missing or out of order in %s", key, s)
		}
		last = i
	}
	var back struct {
		Claims []map[string]any `json:"claims"`
	}
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Claims) != len(ex.Claims) || len(back.Claims) < 2 {
		t.Fatalf("JSON has %d claims, Extract found %d, want at least 2: %s", len(back.Claims), len(ex.Claims), s)
	}
	attributions := 0
	for i, c := range back.Claims {
		if c["kind"] == string(KindAttribution) {
			attributions++
		}
		if c["origin"] != string(OriginExtracted) {
			t.Errorf("claim %d: origin = %v, want %q", i, c["origin"], OriginExtracted)
		}
		direct, has := c["direct"]
		switch {
		case c["kind"] == string(KindAttribution) && (!has || direct != ex.Claims[i].Direct):
			t.Errorf("attribution %d: direct = %v (present %v), want %v", i, direct, has, ex.Claims[i].Direct)
		case c["kind"] != string(KindAttribution) && has:
			t.Errorf("%v claim %d carries direct = %v", c["kind"], i, direct)
		}
	}
	if attributions == 0 {
		t.Errorf("no attribution in %s", s)
	}
}
