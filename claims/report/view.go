package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factdesk/factdesk/claims"
)

// view is a report prepared for the human-readable formats: trashed claims
// and sources dropped, labels chosen, passages cut out, counts made. The
// renderers only lay it out.
type view struct {
	L           *labels
	Overview    *overviewView // totals over all articles; nil for one article
	Generated   string        // the "generated on … from …" line
	generatedAt time.Time     // when the report was generated
	Articles    []articleView
}

// overviewView sums up a report of several articles.
type overviewView struct {
	Summary string      // "3 articles, 24 claims"
	Counts  []countView // over all articles
}

type articleView struct {
	ID, Title, Outlet, URL string
	Anchor                 string // HTML id: "article-" + ID
	Published              string // as the language writes dates
	PublishedISO           string // YYYY-MM-DD as stored
	Reviewers              []string
	Counts                 []countView // verdicts that occur, in scale order
	Claims                 []claimView
}

type countView struct {
	Verdict claims.Verdict
	Label   string
	N       int
	Percent int // share of the article's claims, rounded, 0–100
}

type claimView struct {
	N            int    // 1-based position in the article
	ID, Anchor   string // Anchor is the HTML id: "claim-" + ID
	Kind         claims.Kind
	KindLabel    string
	Text         string
	Passage      string // "" when the span does not fit the text
	Speaker      string // attributions only
	AccordingTo  string // attributions only
	Verdict      claims.Verdict
	VerdictLabel string
	Note         string
	Reviewer     string
	ReviewedAt   time.Time
	Reviewed     string // the review date as the language writes it
	Sources      []sourceView
}

type sourceView struct {
	Title, URL, Publisher, Accessed, EvidenceName, EvidenceSHA256 string
}

func newView(r Report) *view {
	l := labelsFor(r.language())
	v := &view{L: l, Generated: l.generated(r.Generated, r.Source), generatedAt: r.Generated}
	counts, claimCount := map[claims.Verdict]int{}, 0
	for i, b := range r.Bundles {
		a := newArticleView(l, i, b)
		v.Articles = append(v.Articles, a)
		for _, c := range a.Counts {
			counts[c.Verdict] += c.N
		}
		claimCount += len(a.Claims)
	}
	if len(v.Articles) > 1 {
		v.Overview = &overviewView{
			Summary: fmt.Sprintf(l.Summary, len(v.Articles), claimCount),
			Counts:  countViews(l, counts, claimCount),
		}
	}
	return v
}

// countViews lists the verdicts that occur, in scale order, with their share
// of total.
func countViews(l *labels, counts map[claims.Verdict]int, total int) []countView {
	var out []countView
	for _, verdict := range claims.Verdicts() {
		if n := counts[verdict]; n > 0 {
			out = append(out, countView{
				Verdict: verdict, Label: verdict.Label(l.Lang), N: n,
				Percent: (200*n + total) / (2 * total),
			})
		}
	}
	return out
}

func newArticleView(l *labels, index int, b Bundle) articleView {
	a := b.Article
	av := articleView{
		ID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
		Published: l.date(a.Published), PublishedISO: a.Published,
		Anchor: "article-" + strconv.Itoa(index+1),
	}
	if a.ID != "" {
		av.Anchor = "article-" + a.ID
	}
	seen := map[string]bool{}
	addReviewer := func(name string) {
		name = strings.TrimSpace(name)
		if name != "" && !seen[name] {
			seen[name] = true
			av.Reviewers = append(av.Reviewers, name)
		}
	}
	counts := map[claims.Verdict]int{}
	for _, c := range b.Claims {
		if !c.DeletedAt.IsZero() {
			continue
		}
		cv := newClaimView(l, a.Text, c)
		cv.N = len(av.Claims) + 1
		if cv.Anchor == "" {
			cv.Anchor = "claim-" + strconv.Itoa(index+1) + "-" + strconv.Itoa(cv.N)
		}
		av.Claims = append(av.Claims, cv)
		counts[cv.Verdict]++
		addReviewer(c.Review.Reviewer)
		for _, s := range c.Sources {
			if s.DeletedAt.IsZero() {
				addReviewer(s.UpdatedBy)
			}
		}
	}
	av.Counts = countViews(l, counts, len(av.Claims))
	return av
}

func newClaimView(l *labels, text string, c claims.Claim) claimView {
	verdict := c.Review.Verdict
	if !verdict.Valid() {
		verdict = claims.Unreviewed
	}
	cv := claimView{
		ID: c.ID, Kind: c.Kind, KindLabel: l.kind(c.Kind), Text: c.Text,
		Passage: passage(text, c.Start, c.End),
		Verdict: verdict, VerdictLabel: verdict.Label(l.Lang),
		Note: c.Review.Note, Reviewer: strings.TrimSpace(c.Review.Reviewer),
		ReviewedAt: c.Review.ReviewedAt,
	}
	if c.ID != "" {
		cv.Anchor = "claim-" + c.ID
	}
	if !c.Review.ReviewedAt.IsZero() {
		cv.Reviewed = l.date(c.Review.ReviewedAt.Format(time.DateOnly))
	}
	if c.Kind == claims.KindAttribution {
		cv.Speaker, cv.AccordingTo = c.Speaker, c.AccordingTo
	}
	for _, s := range c.Sources {
		if !s.DeletedAt.IsZero() {
			continue
		}
		cv.Sources = append(cv.Sources, sourceView{
			Title: s.Title, URL: s.URL, Publisher: s.Publisher, Accessed: l.date(s.Accessed),
			EvidenceName: s.EvidenceName, EvidenceSHA256: s.EvidenceSHA256,
		})
	}
	return cv
}

// passage returns text[start:end] trimmed of white space, or "" when the
// span does not lie inside the text or cuts a character in two.
func passage(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	if (start < len(text) && !utf8.RuneStart(text[start])) || (end < len(text) && !utf8.RuneStart(text[end])) {
		return ""
	}
	return strings.TrimSpace(strings.ToValidUTF8(text[start:end], "\uFFFD"))
}

// webURL reports whether u is an http or https address, the only kind the
// renderers turn into links.
func webURL(u string) bool {
	lower := strings.ToLower(strings.TrimSpace(u))
	return strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")
}
