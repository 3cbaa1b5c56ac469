package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestDefaultCut(t *testing.T) {
	for _, tc := range []struct {
		text  string
		caret int    // -1 for none
		want  string // the text after the cut, "" for no cut
	}{
		{"Die Stadt wächst. Die Mieten steigen stark.", -1, "Die Mieten steigen stark."},
		{"Anna Muster sagte am Montag, der Haushalt sei ausgeglichen.", -1, "der Haushalt sei ausgeglichen."},
		{"Der Haushalt ist ausgeglichen und solide", -1, "ausgeglichen und solide"},
		{"Er sagte: „Es reicht.“ Dann ging er nach Hause zurück.", -1, "Dann ging er nach Hause zurück."},
		{"Die Stadt wächst. Die Mieten steigen stark.", len("Die Stadt wächst. Die "), "Mieten steigen stark."},
		{"Die Stadt wächst. Die Mieten steigen stark.", len("Die Stadt wächst. Die M"), "Mieten steigen stark."}, // a click in a word: its start
		{"Die Stadt wächst. Die Mieten steigen stark.", len("Die Stadt wächst. Die Miete"), "steigen stark."},    // or the next word's, when nearer
		{"Die Stadt wächst. Die Mieten steigen stark.", len("Die Stadt wächst. Die Mieten "), "steigen stark."},  // a click on a space: the next word
		{"Einwohnerzahl", -1, ""},
		{"Einwohnerzahl", 5, ""},
		{"  Eins  ", -1, ""},
	} {
		got, at := "", defaultCut(tc.text, 0, len(tc.text), tc.caret)
		if at >= 0 {
			got = tc.text[at:]
		}
		if got != tc.want {
			t.Errorf("defaultCut(%q, caret %d) cuts before %q, want %q", tc.text, tc.caret, got, tc.want)
		}
	}
}

func TestCutPoints(t *testing.T) {
	for _, tc := range []struct {
		text       string
		start, end int
		want       int
	}{
		{"eins zwei drei", 0, 14, 2},
		{"eins zwei drei", 5, 14, 1},
		{"eins zwei drei", 0, 99, 0}, // a span beyond the text
		{"eins  \n  zwei", 0, 13, 1},
		{"  eins  ", 0, 8, 0},
		{"über größer", 0, 12, 1},
	} {
		if got := len(cutPoints(tc.text, tc.start, tc.end)); got != tc.want {
			t.Errorf("cutPoints(%q, %d, %d) has %d cuts, want %d", tc.text, tc.start, tc.end, got, tc.want)
		}
	}
}

func TestSplitDialog(t *testing.T) {
	b := newBench(t)
	b.importFixed("Teilen", articleDE)
	c := b.all[1] // Bürgermeisterin Anna Muster (54) sagte am Montag, der Haushalt sei ausgeglichen.
	b.selectClaim(c.ID)
	b.text.view.caret = -1
	b.splitClaim()
	d := b.lastSplit
	if d == nil {
		t.Fatal("Split showed no dialog")
	}
	if got, want := b.article.Text[d.cut():c.End], "der Haushalt sei ausgeglichen."; got != want {
		t.Errorf("the dialog starts before %q, want %q (after the comma)", got, want)
	}
	if d.head.Text != "Bürgermeisterin Anna Muster (54) sagte am Montag," || d.tail.Text != "der Haushalt sei ausgeglichen." {
		t.Errorf("the dialog shows the parts %q and %q", d.head.Text, d.tail.Text)
	}
	if markup := test.RenderToMarkup(b.win.Canvas()); !strings.Contains(markup, "First part") || !strings.Contains(markup, "sagte am Montag,") {
		t.Error("the window does not show the dialog with the parts")
	}
	test.Tap(d.prev)
	test.Tap(d.prev)
	if got, want := b.article.Text[d.cut():c.End], "am Montag, der Haushalt sei ausgeglichen."; got != want {
		t.Errorf("two words back the cut is before %q, want %q", got, want)
	}
	if int(d.slider.Value) != d.at {
		t.Errorf("slider at %v, cut at %d", d.slider.Value, d.at)
	}
	d.slider.SetValue(0)
	if !d.prev.Disabled() || d.next.Disabled() {
		t.Errorf("at the first cut: back disabled %v, on disabled %v", d.prev.Disabled(), d.next.Disabled())
	}
	test.Tap(d.next)
	test.Tap(d.next)
	test.Tap(d.next) // before "sagte"
	d.dialog.Confirm()
	stored := b.storedClaims()
	if len(stored) != len(b.all) || len(stored) != 6 {
		t.Fatalf("after splitting: %d claims stored, %d shown, want 6", len(stored), len(b.all))
	}
	if stored[1].Text != "Bürgermeisterin Anna Muster (54)" || stored[2].Text != "sagte am Montag, der Haushalt sei ausgeglichen." {
		t.Errorf("split into %q and %q", stored[1].Text, stored[2].Text)
	}
	if b.current != c.ID {
		t.Errorf("after the split claim %q is selected, want the first part %q", b.current, c.ID)
	}

	b.splitClaim()
	b.lastSplit.dialog.Dismiss()
	if got := len(b.storedClaims()); got != 6 {
		t.Errorf("a cancelled split changed the claims: %d, want 6", got)
	}
	if _, err := b.st.Claim(context.Background(), c.ID); err != nil {
		t.Error(err)
	}
}

func TestKeysWaitWhileADialogIsOpen(t *testing.T) {
	b := newBench(t)
	b.importFixed("Dialog", articleDE)
	cur := b.current
	b.splitClaim()
	test.TypeOnCanvas(b.win.Canvas(), "1j")
	b.typeKey(fyne.KeyDelete)
	c, err := b.st.Claim(context.Background(), cur)
	if err != nil || c.Review.Verdict.Reviewed() || b.current != cur {
		t.Errorf("keys typed over the split dialog acted on the claims: verdict %q, selected %q (was %q), err %v", c.Review.Verdict, b.current, cur, err)
	}
	b.lastSplit.dialog.Dismiss()
	test.TypeOnCanvas(b.win.Canvas(), "1")
	if c, _ := b.st.Claim(context.Background(), cur); !c.Review.Verdict.Reviewed() {
		t.Error("after closing the dialog the verdict key does nothing")
	}
}
