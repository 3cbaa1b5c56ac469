package claims

import "testing"

func TestParseVerdict(t *testing.T) {
	tests := []struct {
		in   string
		want Verdict
		ok   bool
	}{
		{"true", True, true},
		{"mostly-true", MostlyTrue, true},
		{"Mostly_True", MostlyTrue, true},
		{"mostly true", MostlyTrue, true},
		{"Größtenteils falsch", MostlyFalse, true},
		{"Fehlender Kontext", MissingContext, true},
		{"not-checkable", NotCheckable, true},
		{"unreviewed", Unreviewed, true},
		{"", "", false},
		{"wahr", "", false},
	}
	for _, tt := range tests {
		got, err := ParseVerdict(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseVerdict(%q) = %q, %v; want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestVerdictScale(t *testing.T) {
	vs := Verdicts()
	if len(vs) != 9 || vs[0] != Unreviewed {
		t.Fatalf("Verdicts() = %v, want 9 verdicts starting with unreviewed", vs)
	}
	for _, v := range vs {
		back, err := ParseVerdict(string(v))
		if err != nil || back != v {
			t.Errorf("ParseVerdict(%q) = %q, %v; want round trip", v, back, err)
		}
		if v.Label("de") == "" || v.Label("en") == "" {
			t.Errorf("%q has no label", v)
		}
	}
	ratings := map[Verdict]int{True: 5, MostlyTrue: 4, Mixed: 3, MostlyFalse: 2, False: 1}
	for _, v := range vs {
		r, ok := v.Rating()
		if want, has := ratings[v]; r != want || ok != has {
			t.Errorf("%q.Rating() = %d, %v; want %d, %v", v, r, ok, want, has)
		}
	}
	if False.Label("de") != "Falsch" || MissingContext.Label("en") != "Missing context" {
		t.Errorf("labels do not follow DESIGN.md")
	}
}

func TestCheckAge(t *testing.T) {
	tests := []struct {
		stated          int
		born, published string
		want            AgeCheck
	}{
		{71, "1952-10-07", "2024-02-08", AgeCheck{Result: AgeRight, Expected: 71}},
		{72, "1952-10-07", "2024-02-08", AgeCheck{Result: AgeWrong, Expected: 71}},
		{72, "1952-10-07", "2024-10-07", AgeCheck{Result: AgeRight, Expected: 72}},
		{71, "1952-10-07", "2024-10-06", AgeCheck{Result: AgeRight, Expected: 71}},
		{71, "", "2024-02-08", AgeCheck{}},
		{71, "1952-10-07", "", AgeCheck{}},
	}
	for _, tt := range tests {
		if got := CheckAge(tt.stated, tt.born, tt.published); got != tt.want {
			t.Errorf("CheckAge(%d, %q, %q) = %+v, want %+v", tt.stated, tt.born, tt.published, got, tt.want)
		}
	}
}
