package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/assets"
)

// factdesk runs one command line in-process and returns its exit code and output.
func factdesk(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// sampleFile writes the embedded sample article to a temp file.
func sampleFile(t *testing.T) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), assets.SampleArticle.Name)
	if err := os.WriteFile(name, assets.SampleArticle.Text, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestExtractJSONContract(t *testing.T) {
	code, out, errOut := factdesk(t, "", "extract", "-json", sampleFile(t))
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, errOut)
	}
	var got struct {
		Language  string `json:"language"`
		Sentences []struct{ Start, End int }
		Claims    []map[string]any
		Skipped   []struct {
			Start, End int
			Reason     string
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("extract -json printed no JSON object: %v\n%s", err, out)
	}
	text := string(assets.SampleArticle.Text)
	if got.Language != "de" {
		t.Errorf("language = %q, want de", got.Language)
	}
	if len(got.Sentences) < 10 {
		t.Errorf("%d sentences, want at least 10", len(got.Sentences))
	}
	kinds := map[string]int{}
	for _, c := range got.Claims {
		kind, _ := c["kind"].(string)
		kinds[kind]++
		start, end := int(c["start"].(float64)), int(c["end"].(float64))
		if start < 0 || end > len(text) || start > end {
			t.Fatalf("claim span [%d,%d) outside text of %d bytes", start, end, len(text))
		}
		if _, ok := c["score"]; !ok {
			t.Errorf("claim %v has no score", c)
		}
		if kind == "age" && (c["person"] == nil || c["age"] == nil) {
			t.Errorf("age claim without person or age: %v", c)
		}
		if kind == "attribution" && c["speaker"] == nil {
			t.Errorf("attribution without speaker: %v", c)
		}
	}
	for _, k := range []string{"attribution", "age", "trade", "number"} {
		if kinds[k] == 0 {
			t.Errorf("no %s claim in the sample article (kinds %v)", k, kinds)
		}
	}
	if len(got.Skipped) == 0 {
		t.Errorf("the sample's newsletter prompt was not skipped")
	}
}

// TestExtractTidies checks that extract reads files the way import does:
// the paste debris is gone before the text is split, the offsets point into
// the tidied text, and the warnings say what was removed.
func TestExtractTidies(t *testing.T) {
	name := filepath.Join(t.TempDir(), "paste.txt")
	raw := "<p>Der Senat sperrt die Brücke.</p>\n\n3\n\nDie Sanierung kostet 12,4 Millionen Euro."
	if err := os.WriteFile(name, []byte(raw), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := factdesk(t, "", "extract", "-json", name)
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, errOut)
	}
	var got struct {
		Sentences []struct{ Start, End int }
		Warnings  []string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("extract -json printed no JSON object: %v\n%s", err, out)
	}
	const text = "Der Senat sperrt die Brücke.\n\nDie Sanierung kostet 12,4 Millionen Euro."
	var sentences []string
	for _, s := range got.Sentences {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("extract %q: sentence [%d,%d) outside the tidied text %q", raw, s.Start, s.End, text)
		}
		sentences = append(sentences, text[s.Start:s.End])
	}
	want := []string{"Der Senat sperrt die Brücke.", "Die Sanierung kostet 12,4 Millionen Euro."}
	if strings.Join(sentences, "|") != strings.Join(want, "|") {
		t.Errorf("extract %q: sentences %q, want %q", raw, sentences, want)
	}
	warnings := strings.Join(got.Warnings, "; ")
	for _, w := range []string{"removed 2 HTML tags", "removed 1 page number"} {
		if !strings.Contains(warnings, w) {
			t.Errorf("extract %q: warnings %q, want one containing %q", raw, got.Warnings, w)
		}
	}
}

func TestExtractRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "photo.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644)
	for _, name := range []string{empty, binary, filepath.Join(dir, "missing.txt")} {
		code, out, errOut := factdesk(t, "", "extract", "-json", name)
		if code == 0 || out != "" || strings.Count(errOut, "\n") != 1 {
			t.Errorf("extract %s: exit %d, stdout %q, stderr %q; want one-line error", filepath.Base(name), code, out, errOut)
		}
	}
	if code, _, _ := factdesk(t, "Die Inflation lag bei 2,9 Prozent.", "extract", "-"); code != 0 {
		t.Errorf("extract - from standard input: exit %d", code)
	}
}

// TestWorkflow runs the command line as a script would: import, list,
// review, export, re-import of the JSON export, check.
func TestWorkflow(t *testing.T) {
	db := filepath.Join(t.TempDir(), "review.db")
	article := sampleFile(t)
	code, out, errOut := factdesk(t, "", "import", "-db", db, "-title", "Hafen", "-published", "2026-03-02", article)
	if code != 0 {
		t.Fatalf("import: exit %d %s", code, errOut)
	}
	if code, out, _ = factdesk(t, "", "import", "-db", db, article); code != 0 || !strings.Contains(out, "already") {
		t.Errorf("second import of the same text: exit %d, %q; want 'already in the file'", code, out)
	}

	var list struct {
		Articles []struct {
			ID, Title, Language, Published string
			Claims                         int
		}
	}
	_, out, _ = factdesk(t, "", "list", "-db", db, "-json")
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list.Articles) != 1 {
		t.Fatalf("list -json = %s (%v), want one article", out, err)
	}
	a := list.Articles[0]
	if a.Title != "Hafen" || a.Published != "2026-03-02" || a.Language != "de" || a.Claims == 0 {
		t.Errorf("list -json article = %+v", a)
	}

	var cl struct {
		Claims []struct {
			ID, Kind, Text, Verdict string
			Start, End              int
		}
	}
	_, out, _ = factdesk(t, "", "list", "-db", db, "-article", a.ID, "-json")
	if err := json.Unmarshal([]byte(out), &cl); err != nil || len(cl.Claims) != a.Claims {
		t.Fatalf("list -article -json = %s (%v), want %d claims", out, err, a.Claims)
	}
	first := cl.Claims[0]
	if first.Verdict != "unreviewed" {
		t.Errorf("new claim verdict = %q, want unreviewed", first.Verdict)
	}

	code, _, errOut = factdesk(t, "", "review", "-db", db, "-claim", first.ID, "-verdict", "mostly-true",
		"-note", "Laut Hafenbericht 2025 korrekt.", "-source", "https://example.org/hafenbericht", "-source-title", "Hafenbericht", "-reviewer", "Test")
	if code != 0 {
		t.Fatalf("review: exit %d %s", code, errOut)
	}
	if code, _, errOut = factdesk(t, "", "review", "-db", db, "-claim", first.ID, "-verdict", "wahr"); code != 2 {
		t.Errorf("review with unknown verdict: exit %d %q, want 2", code, errOut)
	}

	_, out, _ = factdesk(t, "", "list", "-db", db, "-article", a.ID, "-json")
	if !strings.Contains(out, `"verdict": "mostly-true"`) {
		t.Errorf("verdict not stored: %s", out)
	}

	code, md, errOut := factdesk(t, "", "export", "-db", db, "-article", a.ID, "-format", "md")
	if code != 0 || !strings.Contains(md, "Laut Hafenbericht 2025 korrekt.") || !strings.Contains(md, "https://example.org/hafenbericht") {
		t.Errorf("export md: exit %d %s\n%s", code, errOut, md)
	}

	exported := filepath.Join(t.TempDir(), "article.json")
	if code, _, errOut = factdesk(t, "", "export", "-db", db, "-format", "json", "-o", exported); code != 0 {
		t.Fatalf("export json: exit %d %s", code, errOut)
	}
	other := filepath.Join(t.TempDir(), "other.db")
	if code, _, errOut = factdesk(t, "", "import", "-db", other, exported); code != 0 {
		t.Fatalf("import of the JSON export: exit %d %s", code, errOut)
	}
	_, again, _ := factdesk(t, "", "list", "-db", other, "-article", a.ID, "-json")
	_, orig, _ := factdesk(t, "", "list", "-db", db, "-article", a.ID, "-json")
	if again != orig {
		t.Errorf("re-imported article differs from the original:\n%s\nwant\n%s", again, orig)
	}

	if code, out, errOut = factdesk(t, "", "check", "-db", db); code != 0 {
		t.Errorf("check: exit %d %s %s", code, out, errOut)
	}
}

func TestRefusesForeignDatabase(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "notes.db")
	content := []byte("this is a text file, not a database\n")
	os.WriteFile(foreign, content, 0o644)
	for _, args := range [][]string{
		{"list", "-db", foreign},
		{"check", "-db", foreign},
		{"import", "-db", foreign, sampleFile(t)},
	} {
		code, _, errOut := factdesk(t, "", args...)
		if code == 0 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want a one-line refusal", args, code, errOut)
		}
	}
	if got, _ := os.ReadFile(foreign); !bytes.Equal(got, content) {
		t.Errorf("refused file was changed")
	}
	if _, err := os.Stat(foreign + "-wal"); err == nil {
		t.Errorf("refused file got a -wal file")
	}
	if code, _, _ := factdesk(t, "", "list", "-db", filepath.Join(dir, "missing.db")); code == 0 {
		t.Errorf("list on a missing database succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); err == nil {
		t.Errorf("list created a missing database")
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"},
		{"extract"},
		{"extract", "-lang", "fr", "x.txt"},
		{"export", "-db", "x.db", "-format", "docx"},
		{"review", "-db", "x.db"},
		{"import", "-db", "x.db", "-published", "8.2.2024", "a.txt"},
	} {
		if code, _, errOut := factdesk(t, "", args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errOut)
		}
	}
	if code, out, _ := factdesk(t, "", "help"); code != 0 || !strings.Contains(out, "factdesk extract") {
		t.Errorf("help: exit %d %q", code, out)
	}
}

func TestNoDisplay(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	code, _, errOut := factdesk(t, "", "-db", filepath.Join(t.TempDir(), "x.db"))
	if code != 1 || !strings.Contains(errOut, "no display") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("window without display: exit %d, stderr %q", code, errOut)
	}
}

// In a container's "C.UTF-8" locale, Fyne's start-up locale lookup used
// to log three lines of "Error parsing user locale C" before every
// command; app/internal/quietlocale prevents it. The test binary starts
// itself in that locale: package initialisation is where the noise came
// from, so running no test at all is enough.
func TestNoLocaleNoiseInCLocale(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "LC_ALL=", "LC_MESSAGES=", "LANG=C.UTF-8", "LANGUAGE=")
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("test binary in C.UTF-8: %v, stderr %q", err, errOut.String())
	}
	if strings.Contains(errOut.String(), "locale") {
		t.Errorf("stderr in the C.UTF-8 locale: %q", errOut.String())
	}
}
