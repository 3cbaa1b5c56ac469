package sentence_test

// The corpus test is an external test so that it can score the pipeline the
// product runs: package claims imports this one.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/claims/sentence"
)

// corpusDir holds the sentence-boundary suites of other segmenters, as the
// project's shared corpus lays them out (see the repository README).
const corpusDir = "../../../shared/corpus/sbd"

// sbdCase is one line of a corpus file.
type sbdCase struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	Clean     bool     `json:"clean"`
	XFail     bool     `json:"xfail"`
}

// strict reports whether the case is scored strictly: the peer neither
// cleaned the text up first nor failed the case itself.
func (c sbdCase) strict() bool { return !c.Clean && !c.XFail }

// squeeze collapses every run of white space to one space and trims the
// ends: a span cannot join a line break into a blank as the peers' expected
// output does ("a cold \nnight" → "a cold night").
func squeeze(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// spannable reports whether the expected sentences could be spans of the
// text at all: in order, covering it all, differing only in white space.
// Cases that rewrite the text (removing markup, dots or page numbers,
// joining "W\nA\nRN") are beyond any splitter that returns spans.
func (c sbdCase) spannable() bool {
	text := squeeze(c.Text)
	pos := 0
	for _, want := range c.Sentences {
		want = squeeze(want)
		for pos < len(text) && text[pos] == ' ' {
			pos++
		}
		if !strings.HasPrefix(text[pos:], want) {
			return false
		}
		pos += len(want)
	}
	return strings.TrimSpace(text[pos:]) == ""
}

// pipeline returns the case's text as app/ingest stores it before the
// text is split: claims.Normalize, then claims.Tidy. Normalize joins a
// soft-wrapped line ("Andere \nFischsorten") to the next, so the scanner
// does not need the blank that marked it.
func (c sbdCase) pipeline() string {
	text, _, err := claims.Normalize([]byte(c.Text))
	if err != nil {
		return c.Text
	}
	text, _ = claims.Tidy(text)
	return text
}

// tidied returns the case's text after claims.Tidy alone.
func (c sbdCase) tidied() string {
	text, _ := claims.Tidy(c.Text)
	return text
}

// passes splits text, the case's text or its pipeline text, and compares
// the sentences.
func (c sbdCase) passes(text, lang string) (bool, []string) {
	spans := sentence.Split(text, lang)
	got := make([]string, len(spans))
	for i, sp := range spans {
		got[i] = squeeze(text[sp.Start:sp.End])
	}
	if len(got) != len(c.Sentences) {
		return false, got
	}
	for i := range got {
		if got[i] != squeeze(c.Sentences[i]) {
			return false, got
		}
	}
	return true, got
}

type tally struct{ pass, total int }

func (t *tally) add(ok bool) {
	t.total++
	if ok {
		t.pass++
	}
}

func (t tally) String() string {
	if t.total == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d (%.1f%%)", t.pass, t.total, 100*float64(t.pass)/float64(t.total))
}

// TestCorpus scores the pipeline the product runs on a pasted or imported
// text, Split(Tidy(Normalize(text))), on the shared sentence-boundary
// corpus, and logs beside it the rates of Split alone and of
// Split(Tidy(text)). It fails if fewer than 98% of all strict cases pass
// through the pipeline, or if any strict German case fails, through the
// pipeline or alone. Rates on the other cases are logged only.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.jsonl"))
	if len(files) == 0 {
		t.Skip("corpus not found at " + corpusDir)
	}
	sort.Strings(files)
	var strict, raw, spannable, tidyOnly, loose tally
	var failed, rawFailed, tidyFailed, germanFailed, looseFailed []string
	for _, file := range files {
		lang := "en"
		if strings.Contains(filepath.Base(file), "_de") {
			lang = "de"
		}
		var fileStrict, fileRaw, fileLoose tally
		for _, c := range readCorpus(t, file) {
			ok, got := c.passes(c.pipeline(), lang)
			rawOK, _ := c.passes(c.Text, lang)
			if !c.strict() {
				fileLoose.add(ok)
				loose.add(ok)
				if !ok {
					looseFailed = append(looseFailed, c.ID)
				}
				continue
			}
			fileStrict.add(ok)
			strict.add(ok)
			fileRaw.add(rawOK)
			raw.add(rawOK)
			tidyOK, _ := c.passes(c.tidied(), lang)
			tidyOnly.add(tidyOK)
			if !tidyOK {
				tidyFailed = append(tidyFailed, c.ID)
			}
			if c.spannable() {
				spannable.add(rawOK)
			}
			if !rawOK {
				rawFailed = append(rawFailed, c.ID)
			}
			if lang == "de" && (!ok || !rawOK) {
				germanFailed = append(germanFailed, c.ID)
			}
			if ok {
				continue
			}
			failed = append(failed, c.ID)
			if testing.Verbose() {
				t.Logf("%s: Split(Tidy(Normalize(%q)))\n got  %q\n want %q", c.ID, c.Text, got, c.Sentences)
			}
		}
		t.Logf("%-40s strict %-16s Split alone %-16s other %s", filepath.Base(file), fileStrict, fileRaw, fileLoose)
	}
	t.Logf("strict, pipeline:              %s", strict)
	t.Logf("strict, Split alone:           %s", raw)
	t.Logf("strict, Tidy without Normalize: %s (log only)", tidyOnly)
	t.Logf("strict a span can express, Split alone: %s", spannable)
	t.Logf("non-strict, pipeline (log only): %s", loose)
	t.Logf("failing strict cases, pipeline: %v", failed)
	t.Logf("failing non-strict cases, pipeline: %v", looseFailed)
	t.Logf("failing strict cases, Split alone: %v", rawFailed)
	t.Logf("failing strict cases, Tidy without Normalize: %v", tidyFailed)
	if 100*strict.pass < 98*strict.total {
		t.Errorf("strict pass rate through the pipeline %s, want at least 98%%", strict)
	}
	if len(germanFailed) > 0 {
		t.Errorf("strict German cases fail: %v", germanFailed)
	}
}

func readCorpus(t *testing.T, file string) []sbdCase {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []sbdCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c sbdCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}
