// Command factdesk-eval measures claims.Extract against the German news
// quotation attribution corpus of Petersen-Frey and Biemann (2024), built
// from 1,000 German Wikinews articles.
//
// Usage:
//
//	go run ./cmd/factdesk-eval -data eval-data [-split dev|train|all] [-v]
//
// The corpus is not part of factdesk (CC BY-NC-SA 4.0). Export its train and
// dev splits into eval-data/ (git-ignored) as README.md describes; without
// the data the command says how to get it and exits 0.
//
// Matching rule. The gold quotations are the annotations of type Direct,
// Indirect, FreeIndirect and IndirectFreeIndirect. A gold quotation is found
// when an attribution claim's span [Start, End) overlaps the quotation's
// span (from its first to its last quoted character). A predicted
// attribution is correct when it overlaps some gold quotation; one that
// overlaps only a "Reported" annotation (a speech act without its content,
// not a quotation) counts neither way; any other is a false positive.
// Speaker accuracy is measured over the found quotations whose gold speaker
// is given: the speaker of the best-overlapping attribution is right when it
// shares a word of three or more letters with the gold speaker mention
// (case-insensitive, ignoring a final genitive or plural -s, -es, -n, -en). The corpus marks the source of "laut X" and "nach
// Angaben X" as the speaker even when a verb names another ("Laut CNN hat
// Panetta verkündet"); Extract keeps that source in according_to, so a match
// with according_to counts too. When the gold mention is a pronoun, Extract is meant to
// resolve it to a name, so the prediction is right when it is a name (not a
// pronoun) that occurs in the article before the quotation.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factdesk/factdesk/claims"
)

func main() {
	data := flag.String("data", "eval-data", "folder holding the corpus' train/ and dev/ folders (or data/train, data/dev)")
	split := flag.String("split", "all", "which split to score: train, dev or all")
	verbose := flag.Bool("v", false, "print every miss and false positive")
	flag.Parse()
	if err := run(os.Stdout, *data, *split, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "factdesk-eval:", err)
		os.Exit(1)
	}
}

const howTo = `factdesk-eval: no corpus in %s.
The German news quotation corpus (CC BY-NC-SA 4.0, not shipped with factdesk) is
github.com/uhh-lt/german-news-quotation-attribution-2024. Export its train and dev
splits, for example:
  git clone https://github.com/uhh-lt/german-news-quotation-attribution-2024 /tmp/gnqa
  mkdir -p eval-data && cp -r /tmp/gnqa/data/train /tmp/gnqa/data/dev eval-data/
then run: go run ./cmd/factdesk-eval -data eval-data
`

func run(w io.Writer, data, split string, verbose bool) error {
	var splits []string
	switch split {
	case "all":
		splits = []string{"train", "dev"}
	case "train", "dev":
		splits = []string{split}
	default:
		return fmt.Errorf("-split %q: want train, dev or all", split)
	}
	found := false
	for _, s := range splits {
		dir := splitDir(data, s)
		if dir == "" {
			continue
		}
		found = true
		sc, err := scoreDir(dir, verbose, w)
		if err != nil {
			return err
		}
		sc.print(w, s)
	}
	if !found {
		fmt.Fprintf(w, howTo, data)
	}
	return nil
}

// splitDir returns the folder of one split under data, or "".
func splitDir(data, split string) string {
	for _, d := range []string{filepath.Join(data, split), filepath.Join(data, "data", split)} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return ""
}

// document is the corpus' JSON form of one article.
type document struct {
	Name        string       `json:"documentName"`
	Text        string       `json:"originalText"`
	Annotations []annotation `json:"annotations"`
}

type annotation struct {
	Type    string `json:"type"`
	Quote   part   `json:"quote"`
	Speaker part   `json:"speaker"`
}

type part struct {
	Text  string `json:"text"`
	Spans []struct {
		CharBegin int `json:"charBegin"`
		CharEnd   int `json:"charEnd"`
	} `json:"spans"`
}

// quoteTypes are the annotation types scored as quotations.
var quoteTypes = map[string]bool{"Direct": true, "Indirect": true, "FreeIndirect": true, "IndirectFreeIndirect": true}

// score accumulates counts over documents.
type score struct {
	docs                 int
	gold, found          int
	pred, correct, fp    int
	spGold, spRight      int
	typeGold, typeFound  map[string]int
	bytes                int
	speakerless, ignored int
}

func scoreDir(dir string, verbose bool, w io.Writer) (*score, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	sc := &score{typeGold: map[string]int{}, typeFound: map[string]int{}}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var doc document
		if err := json.Unmarshal(raw, &doc); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		sc.add(doc, verbose, w)
	}
	return sc, nil
}

// span is a byte range in a document's text.
type span struct{ a, b int }

func (s span) overlaps(o span) bool { return s.a < o.b && o.a < s.b }

// byteSpan converts the character offsets of a part into one byte span.
func byteSpan(offsets []int, p part) (span, bool) {
	if len(p.Spans) == 0 {
		return span{}, false
	}
	a, b := p.Spans[0].CharBegin, p.Spans[0].CharEnd
	for _, s := range p.Spans {
		a, b = min(a, s.CharBegin), max(b, s.CharEnd)
	}
	if a < 0 || b >= len(offsets) || a >= b {
		return span{}, false
	}
	return span{offsets[a], offsets[b]}, true
}

func (sc *score) add(doc document, verbose bool, w io.Writer) {
	text := doc.Text
	offsets := make([]int, 0, len(text)+1)
	for i := range text {
		offsets = append(offsets, i)
	}
	offsets = append(offsets, len(text))
	ex := claims.Extract(text, claims.Options{Language: "de"})
	sc.docs++
	sc.bytes += len(text)

	type goldQuote struct {
		s       span
		typ     string
		speaker string
		quote   bool
	}
	var golds []goldQuote
	for _, a := range doc.Annotations {
		s, ok := byteSpan(offsets, a.Quote)
		if !ok {
			continue
		}
		golds = append(golds, goldQuote{s, a.Type, a.Speaker.Text, quoteTypes[a.Type]})
	}
	var preds []claims.Found
	for _, c := range ex.Claims {
		if c.Kind == claims.KindAttribution {
			preds = append(preds, c)
		}
	}
	for _, g := range golds {
		if !g.quote {
			continue
		}
		sc.gold++
		sc.typeGold[g.typ]++
		best, bestOverlap := -1, 0
		for i, c := range preds {
			ps := span{c.Start, c.End}
			if ps.overlaps(g.s) {
				ov := min(ps.b, g.s.b) - max(ps.a, g.s.a)
				if ov > bestOverlap {
					best, bestOverlap = i, ov
				}
			}
		}
		if best < 0 {
			if verbose {
				fmt.Fprintf(w, "MISS %s [%s] %q (speaker %q)\n", doc.Name, g.typ, clip(text[g.s.a:g.s.b]), g.speaker)
			}
			continue
		}
		sc.found++
		sc.typeFound[g.typ]++
		if strings.TrimSpace(g.speaker) == "" {
			sc.speakerless++
			continue
		}
		sc.spGold++
		if speakerRight(preds[best].Speaker, g.speaker, text[:g.s.a]) || speakerRight(preds[best].AccordingTo, g.speaker, text[:g.s.a]) {
			sc.spRight++
		} else if verbose {
			fmt.Fprintf(w, "SPEAKER %s: got %q, want %q (cue %q) in %q\n", doc.Name, preds[best].Speaker, g.speaker, preds[best].Cue, clip(text[preds[best].Start:preds[best].End]))
		}
	}
	for _, c := range preds {
		sc.pred++
		ps := span{c.Start, c.End}
		quote, reported := false, false
		for _, g := range golds {
			if ps.overlaps(g.s) {
				if g.quote {
					quote = true
				} else {
					reported = true
				}
			}
		}
		switch {
		case quote:
			sc.correct++
		case reported:
			sc.ignored++
		default:
			sc.fp++
			if verbose {
				fmt.Fprintf(w, "FP %s: %q → %q (cue %q)\n", doc.Name, clip(text[c.Start:c.End]), c.Text, c.Cue)
			}
		}
	}
}

func clip(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 200 {
		i := 200
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		return s[:i] + "…"
	}
	return s
}

// pronouns are the German pronouns a gold speaker mention may be.
var pronouns = map[string]bool{"er": true, "sie": true, "es": true, "wir": true, "ich": true, "man": true, "ihr": true, "du": true}

// speakerRight applies the speaker rule of the package comment.
func speakerRight(pred, gold, before string) bool {
	if pred == "" {
		return false
	}
	g := strings.ToLower(strings.TrimSpace(gold))
	if pronouns[g] {
		if pronouns[strings.ToLower(pred)] {
			return false
		}
		for _, wd := range contentWords(pred) {
			if strings.Contains(strings.ToLower(before), wd) {
				return true
			}
		}
		return false
	}
	gw := contentWords(gold)
	for _, pw := range contentWords(pred) {
		for _, x := range gw {
			if baseForm(pw) == baseForm(x) {
				return true
			}
		}
	}
	return false
}

// baseForm strips a German genitive or plural ending, so that "Mitarbeiter"
// matches "Mitarbeiters" and "Verband" matches "Verbandes".
func baseForm(w string) string {
	for _, end := range []string{"es", "s", "en", "n"} {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w)-len(end) >= 3 {
			return w[:len(w)-len(end)]
		}
	}
	return w
}

// contentWords returns the lower-case words of three or more letters of s.
func contentWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	out := f[:0]
	for _, w := range f {
		if utf8.RuneCountInString(w) >= 3 && w != "und" && w != "der" && w != "die" && w != "das" && w != "des" {
			out = append(out, w)
		}
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (sc *score) print(w io.Writer, split string) {
	p := ratio(sc.correct, sc.correct+sc.fp)
	r := ratio(sc.found, sc.gold)
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	fmt.Fprintf(w, "%s: %d articles, %d KB, %d gold quotations, %d attributions predicted\n", split, sc.docs, sc.bytes/1024, sc.gold, sc.pred)
	fmt.Fprintf(w, "  precision %.3f (%d correct, %d false, %d over reported speech only)\n", p, sc.correct, sc.fp, sc.ignored)
	fmt.Fprintf(w, "  recall    %.3f (%d of %d found)\n", r, sc.found, sc.gold)
	fmt.Fprintf(w, "  F1        %.3f\n", f1)
	fmt.Fprintf(w, "  speaker   %.3f (%d of %d found quotations with a gold speaker)\n", ratio(sc.spRight, sc.spGold), sc.spRight, sc.spGold)
	types := make([]string, 0, len(sc.typeGold))
	for t := range sc.typeGold {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Fprintf(w, "  recall %-21s %.3f (%d of %d)\n", t, ratio(sc.typeFound[t], sc.typeGold[t]), sc.typeFound[t], sc.typeGold[t])
	}
}
