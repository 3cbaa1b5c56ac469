package claims

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpusDir is the shared corpus, read by tests when it is present.
const corpusDir = "../../shared/corpus"

// goldFile is the format of the corpus' *.gold.json files.
type goldFile struct {
	Article   string `json:"article"`
	Lang      string `json:"lang"`
	Claims    []goldClaim
	NotClaims []struct {
		Anchor string `json:"anchor"`
		Why    string `json:"why"`
	} `json:"not_claims"`
}

type goldClaim struct {
	Kinds       []Kind   `json:"kinds"`
	Anchor      string   `json:"anchor"`
	Optional    bool     `json:"optional"`
	Speaker     []string `json:"speaker"`
	AccordingTo []string `json:"according_to"`
	Direct      *bool    `json:"direct"`
	Person      string   `json:"person"`
	Age         int      `json:"age"`
	Subject     string   `json:"subject"`
	Partner     string   `json:"partner"`
}

// matches reports whether predicted claim c, from text, satisfies gold claim g.
func (g goldClaim) matches(text string, c Found) bool {
	if !slices.Contains(g.Kinds, c.Kind) || !strings.Contains(text[c.Start:c.End], g.Anchor) {
		return false
	}
	if c.Kind == KindAttribution {
		if len(g.Speaker) > 0 && !containsAny(c.Speaker, g.Speaker) {
			return false
		}
		if len(g.AccordingTo) > 0 && !containsAny(c.AccordingTo, g.AccordingTo) {
			return false
		}
		if g.Direct != nil && *g.Direct != c.Direct {
			return false
		}
	}
	if c.Kind == KindAge && (g.Person != "" && c.Person != g.Person || g.Age != 0 && c.Age != g.Age) {
		return false
	}
	if c.Kind == KindTrade && (g.Subject != "" && c.Subject != g.Subject || g.Partner != "" && c.Partner != g.Partner) {
		return false
	}
	return true
}

func containsAny(s string, names []string) bool {
	for _, n := range names {
		if s != "" && strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// TestGoldArticles checks Extract against every gold file of the corpus:
// each required claim found with the right kind and fields, and no claim
// over a passage that is none.
func TestGoldArticles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "articles", "*.gold.json"))
	if len(files) == 0 {
		t.Skip("corpus not found at " + corpusDir)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var gold goldFile
			if err := json.Unmarshal(raw, &gold); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			body, err := os.ReadFile(filepath.Join(filepath.Dir(f), gold.Article))
			if err != nil {
				t.Fatal(err)
			}
			text := string(body)
			ex := Extract(text, Options{})
			if ex.Language != gold.Lang {
				t.Errorf("Extract language = %q, want %q", ex.Language, gold.Lang)
			}
			found := 0
			for _, g := range gold.Claims {
				ok := slices.ContainsFunc(ex.Claims, func(c Found) bool { return g.matches(text, c) })
				if ok {
					found++
				} else if !g.Optional {
					t.Errorf("no %v claim over %q (speaker %q, according to %q); claims there: %s",
						g.Kinds, g.Anchor, g.Speaker, g.AccordingTo, describeAt(text, ex.Claims, g.Anchor))
				}
			}
			for _, nc := range gold.NotClaims {
				for off := 0; ; {
					i := strings.Index(text[off:], nc.Anchor)
					if i < 0 {
						break
					}
					a := Span{off + i, off + i + len(nc.Anchor)}
					for _, c := range ex.Claims {
						if c.Start < a.End && a.Start < c.End {
							t.Errorf("%s claim %q covers %q (%s)", c.Kind, text[c.Start:c.End], nc.Anchor, nc.Why)
						}
					}
					off = a.End
				}
			}
			t.Logf("%s: %d of %d gold claims found, %d claims, %d skipped", gold.Article, found, len(gold.Claims), len(ex.Claims), len(ex.Skipped))
		})
	}
}

// describeAt lists the claims whose span holds anchor, for failure messages.
func describeAt(text string, cs []Found, anchor string) string {
	var b strings.Builder
	for _, c := range cs {
		if strings.Contains(text[c.Start:c.End], anchor) {
			j, _ := json.Marshal(c)
			b.Write(j)
			b.WriteByte(' ')
		}
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}
