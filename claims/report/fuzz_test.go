package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzReadJSON feeds ReadJSON arbitrary bytes: it must never panic, and
// whatever it accepts must render in every format and survive another
// Write and ReadJSON unchanged. Seeds live in testdata/fuzz/FuzzReadJSON.
func FuzzReadJSON(f *testing.F) {
	var sample bytes.Buffer
	if err := Write(&sample, FormatJSON, sampleReport()); err != nil {
		f.Fatal(err)
	}
	f.Add(sample.Bytes())
	f.Add([]byte(`{"format":"factdesk-report","version":1,"articles":[{"article":{"title":"T","language":"en","text":"ab"},"claims":[{"kind":"fact","start":0,"end":2,"text":"ab","score":0.5}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadJSON(bytes.NewReader(data))
		if err != nil {
			if strings.TrimSpace(err.Error()) == "" {
				t.Fatalf("ReadJSON(%q) gave an empty error", data)
			}
			return
		}
		for _, f := range Formats() {
			if err := Write(&bytes.Buffer{}, f, r); err != nil {
				t.Fatalf("Write(%s) of an accepted report = %v", f, err)
			}
		}
		var buf bytes.Buffer
		if err := Write(&buf, FormatJSON, r); err != nil {
			t.Fatal(err)
		}
		again, err := ReadJSON(&buf)
		if err != nil {
			t.Fatalf("ReadJSON(Write(ReadJSON(%q))) = %v", data, err)
		}
		if !reflect.DeepEqual(again, r) {
			t.Fatalf("report changed in a second round trip:\n got %+v\nwant %+v", again, r)
		}
	})
}
