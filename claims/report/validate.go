package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// validate checks that a report read from JSON holds together, so that the
// store can import it as it is. The error names the article, claim or
// source at fault.
func validate(r Report) error {
	if r.Lang != "" && r.Lang != "de" && r.Lang != "en" {
		return fmt.Errorf("\"lang\" is %q, want \"de\" or \"en\"", r.Lang)
	}
	ids := map[string]string{} // id → where it was first seen
	unique := func(id, where string) error {
		if id == "" {
			return nil
		}
		if first, ok := ids[id]; ok {
			return fmt.Errorf("%s: id %q is also used by %s", where, id, first)
		}
		ids[id] = where
		return nil
	}
	for i, b := range r.Bundles {
		where := fmt.Sprintf("article %d (%q)", i+1, b.Article.Title)
		if err := validateArticle(&b.Article); err != nil {
			return fmt.Errorf("%s: %v", where, err)
		}
		if err := unique(b.Article.ID, where); err != nil {
			return err
		}
		for j, c := range b.Claims {
			cwhere := fmt.Sprintf("%s, claim %d", where, j+1)
			if err := validateClaim(&b.Article, &c); err != nil {
				return fmt.Errorf("%s: %v", cwhere, err)
			}
			if err := unique(c.ID, cwhere); err != nil {
				return err
			}
			for k, s := range c.Sources {
				swhere := fmt.Sprintf("%s, source %d", cwhere, k+1)
				if err := validateSource(&c, &s); err != nil {
					return fmt.Errorf("%s: %v", swhere, err)
				}
				if err := unique(s.ID, swhere); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func validateArticle(a *claims.Article) error {
	switch a.Language {
	case "", "de", "en":
	default:
		return fmt.Errorf("language %q, want \"de\" or \"en\"", a.Language)
	}
	if err := checkDate("published", a.Published); err != nil {
		return err
	}
	switch a.Status {
	case "", claims.StatusOpen, claims.StatusInReview, claims.StatusDone:
	default:
		return fmt.Errorf("unknown status %q", a.Status)
	}
	if a.Hash != "" {
		sum := sha256.Sum256([]byte(a.Text))
		if a.Hash != hex.EncodeToString(sum[:]) {
			return fmt.Errorf("the text does not match its hash %q (edited after export?)", a.Hash)
		}
	}
	return nil
}

func validateClaim(a *claims.Article, c *claims.Claim) error {
	if !c.Kind.Valid() {
		return fmt.Errorf("unknown kind %q", c.Kind)
	}
	if c.Start < 0 || c.Start > c.End || c.End > len(a.Text) {
		return fmt.Errorf("span [%d,%d) does not lie inside the article text (%d bytes)", c.Start, c.End, len(a.Text))
	}
	if c.ArticleID != "" && c.ArticleID != a.ID {
		return fmt.Errorf("article_id %q, but it belongs to article %q", c.ArticleID, a.ID)
	}
	if c.Review.Verdict != "" && !c.Review.Verdict.Valid() {
		return fmt.Errorf("unknown verdict %q", c.Review.Verdict)
	}
	switch c.Origin {
	case "", claims.OriginExtracted, claims.OriginManual:
	default:
		return fmt.Errorf("unknown origin %q", c.Origin)
	}
	if c.Score < 0 || c.Score > 1 {
		return fmt.Errorf("score %v outside 0 to 1", c.Score)
	}
	if c.Age < 0 {
		return fmt.Errorf("negative age %d", c.Age)
	}
	return nil
}

func validateSource(c *claims.Claim, s *claims.Source) error {
	if s.ClaimID != "" && s.ClaimID != c.ID {
		return fmt.Errorf("claim_id %q, but it belongs to claim %q", s.ClaimID, c.ID)
	}
	if err := checkDate("accessed", s.Accessed); err != nil {
		return err
	}
	if s.EvidenceSHA256 != "" {
		if b, err := hex.DecodeString(s.EvidenceSHA256); err != nil || len(b) != sha256.Size {
			return fmt.Errorf("evidence_sha256 %q is not a hex SHA-256", s.EvidenceSHA256)
		}
	}
	if s.EvidenceSize < 0 {
		return fmt.Errorf("negative evidence_size %d", s.EvidenceSize)
	}
	return nil
}

// checkDate accepts "" or a YYYY-MM-DD date.
func checkDate(field, s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%s %q is not a date (YYYY-MM-DD)", field, s)
	}
	return nil
}
