package sentence

import "testing"

func TestSplitBasic(t *testing.T) {
	text := "Die Inflation lag bei 2,9 Prozent. Das teilte das Amt mit.\nNeue Zeile"
	got := Split(text, "de")
	want := []string{"Die Inflation lag bei 2,9 Prozent.", "Das teilte das Amt mit.", "Neue Zeile"}
	if len(got) != len(want) {
		t.Fatalf("Split(%q) = %v, want %q", text, got, want)
	}
	for i, sp := range got {
		if text[sp.Start:sp.End] != want[i] {
			t.Errorf("Split(%q)[%d] = %q, want %q", text, i, text[sp.Start:sp.End], want[i])
		}
	}
}
