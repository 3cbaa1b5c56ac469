package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factdesk/factdesk/claims"
)

// claimCols lists a claim's stored columns.
func claimCols(c claims.Claim) []col {
	return []col{
		{"article_id", c.ArticleID}, {"kind", string(c.Kind)}, {"start", c.Start}, {"end", c.End},
		{"text", c.Text}, {"norm", normKey(c.Text)},
		{"speaker", c.Speaker}, {"cue", c.Cue}, {"according_to", c.AccordingTo}, {"quote", c.Quote}, {"direct", c.Direct},
		{"person", c.Person}, {"age", c.Age},
		{"subject", c.Subject}, {"partner", c.Partner}, {"measure", c.Measure}, {"value", c.Value}, {"unit", c.Unit},
		{"score", c.Score}, {"origin", string(c.Origin)},
		{"age_result", string(c.AgeCheck.Result)}, {"age_expected", c.AgeCheck.Expected}, {"age_person_id", c.AgeCheck.PersonID},
	}
}

// reviewCols lists a review's stored columns.
func reviewCols(r claims.Review) []col {
	if r.Verdict == "" {
		r.Verdict = claims.Unreviewed
	}
	return []col{{"verdict", string(r.Verdict)}, {"note", r.Note}, {"reviewer", r.Reviewer}, {"reviewed_at", r.ReviewedAt}}
}

// insertClaim inserts a claim with its review, stamped by the
// transaction.
func (t *tx) insertClaim(c claims.Claim) error {
	return t.insertClaimStamped(c, t.own(), t.own())
}

// insertClaimStamped inserts a claim and its review with the given
// stamps. The review shares the claim's ID, so the claim's "insert"
// history row stands for an empty review too; a review that arrives with
// a verdict or note (ImportBundle) gets its own. This halves the history
// an import writes.
func (t *tx) insertClaimStamped(c claims.Claim, cst, rst stamp) error {
	if err := t.insertStamped("claim", c.ID, claimCols(c), cst); err != nil {
		return err
	}
	r := c.Review
	if r.Verdict.Reviewed() || r.Note != "" || r.Reviewer != "" || !r.ReviewedAt.IsZero() {
		return t.insertStamped("review", c.ID, reviewCols(r), rst)
	}
	_, err := t.exec(`INSERT INTO reviews (id, updated_at, updated_by, version) VALUES (?, ?, ?, ?)`,
		c.ID, rst.at.UnixNano(), rst.by, rst.version)
	return err
}

// claimSelect reads a claim with its review.
const claimSelect = `SELECT c.id, c.article_id, c.kind, c.start, c."end", c.text,
	c.speaker, c.cue, c.according_to, c.quote, c.direct, c.person, c.age,
	c.subject, c.partner, c.measure, c.value, c.unit, c.score, c.origin,
	c.age_result, c.age_expected, c.age_person_id,
	c.updated_at, c.updated_by, c.version, c.deleted_at,
	coalesce(r.verdict, 'unreviewed'), coalesce(r.note, ''), coalesce(r.reviewer, ''), r.reviewed_at
	FROM claims c LEFT JOIN reviews r ON r.id = c.id`

func scanClaim(sc interface{ Scan(...any) error }) (claims.Claim, error) {
	var c claims.Claim
	var kind, origin, ageResult, verdict string
	var updated, deleted, reviewed sql.NullInt64
	err := sc.Scan(&c.ID, &c.ArticleID, &kind, &c.Start, &c.End, &c.Text,
		&c.Speaker, &c.Cue, &c.AccordingTo, &c.Quote, &c.Direct, &c.Person, &c.Age,
		&c.Subject, &c.Partner, &c.Measure, &c.Value, &c.Unit, &c.Score, &origin,
		&ageResult, &c.AgeCheck.Expected, &c.AgeCheck.PersonID,
		&updated, &c.UpdatedBy, &c.Version, &deleted,
		&verdict, &c.Review.Note, &c.Review.Reviewer, &reviewed)
	c.Kind, c.Origin = claims.Kind(kind), claims.Origin(origin)
	c.AgeCheck.Result = claims.AgeCheckResult(ageResult)
	c.Review.Verdict = claims.Verdict(verdict)
	c.UpdatedAt, c.DeletedAt, c.Review.ReviewedAt = nsTime(updated), nsTime(deleted), nsTime(reviewed)
	return c, err
}

// queryer is what reads need: the read pool or a write transaction.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Claims returns an article's claims ordered by start, then kind, with
// review, sources and age check filled in. With IncludeDeleted the claims
// and sources in the trash come too (with DeletedAt set), as an export
// that ImportBundle turns back into the identical article needs them.
func (s *Store) Claims(ctx context.Context, articleID string, f ClaimFilter) ([]claims.Claim, error) {
	q := claimSelect + ` WHERE c.article_id = ?`
	args := []any{articleID}
	if !f.IncludeDeleted {
		q += ` AND c.deleted_at IS NULL`
	}
	if f.Kind != "" {
		q += ` AND c.kind = ?`
		args = append(args, string(f.Kind))
	}
	if f.Verdict != "" {
		q += ` AND coalesce(r.verdict, 'unreviewed') = ?`
		args = append(args, string(f.Verdict))
	}
	if f.Unreviewed {
		q += ` AND coalesce(r.verdict, 'unreviewed') = 'unreviewed'`
	}
	q += ` ORDER BY c.start, c.kind`
	out, err := queryClaims(ctx, s.ro, q, args...)
	if err != nil {
		return nil, fmt.Errorf("claims of article %s: %w", articleID, err)
	}
	if err := fillSources(ctx, s.ro, out, f.IncludeDeleted, `c.article_id = ?`, articleID); err != nil {
		return nil, fmt.Errorf("claims of article %s: %w", articleID, err)
	}
	return out, nil
}

// queryClaims runs a claimSelect query and orders the result by start,
// then by the kinds' display order.
func queryClaims(ctx context.Context, db queryer, q string, args ...any) ([]claims.Claim, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []claims.Claim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	kinds := claims.Kinds()
	slices.SortStableFunc(out, func(a, b claims.Claim) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return slices.Index(kinds, a.Kind) - slices.Index(kinds, b.Kind)
	})
	return out, nil
}

// Claim loads one claim with review, sources and age check, also from the
// trash.
func (s *Store) Claim(ctx context.Context, id string) (claims.Claim, error) {
	c, err := loadClaim(ctx, s.ro, id)
	if err != nil {
		return c, fmt.Errorf("claim %s: %w", id, err)
	}
	return c, nil
}

func loadClaim(ctx context.Context, db queryer, id string) (claims.Claim, error) {
	c, err := scanClaim(db.QueryRowContext(ctx, claimSelect+` WHERE c.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	if err != nil {
		return c, err
	}
	one := []claims.Claim{c}
	err = fillSources(ctx, db, one, false, `c.id = ?`, id)
	return one[0], err
}

// SetVerdict gives a claim a verdict, stamping the reviewer and time.
func (s *Store) SetVerdict(ctx context.Context, claimID string, v claims.Verdict) error {
	if v == "" {
		v = claims.Unreviewed
	}
	if !v.Valid() {
		return fmt.Errorf("set verdict: unknown verdict %q", v)
	}
	return s.write(ctx, "set verdict", func(t *tx) error {
		if err := t.live("claim", claimID); err != nil {
			return err
		}
		var cur string
		if err := t.QueryRowContext(t.ctx, `SELECT verdict FROM reviews WHERE id = ?`, claimID).Scan(&cur); err != nil {
			return err
		}
		if cur == string(v) {
			return nil
		}
		_, err := t.update("review", claimID, []col{{"verdict", string(v)}, {"reviewer", t.actor}, {"reviewed_at", t.now}}, histOpts{})
		return err
	})
}

// SetNote sets the explanation of a claim's verdict.
func (s *Store) SetNote(ctx context.Context, claimID, note string) error {
	return s.write(ctx, "set note", func(t *tx) error {
		if err := t.live("claim", claimID); err != nil {
			return err
		}
		_, err := t.update("review", claimID, []col{{"note", note}}, histOpts{})
		return err
	})
}

// AddClaim adds a reviewer's own claim to an article; its span must lie
// inside the article text. An empty Text is filled from the span.
func (s *Store) AddClaim(ctx context.Context, articleID string, c claims.Claim) (string, error) {
	c.ID, c.ArticleID, c.Origin = newID(), articleID, claims.OriginManual
	err := s.write(ctx, "add claim", func(t *tx) error {
		text, published, err := t.articleText(articleID)
		if err != nil {
			return err
		}
		if c.Text == "" && c.Start >= 0 && c.Start <= c.End && c.End <= len(text) {
			c.Text = strings.TrimSpace(text[c.Start:c.End])
		}
		if err := validateClaim(text, c); err != nil {
			return err
		}
		if c.Kind == claims.KindAge {
			people, err := t.people()
			if err != nil {
				return err
			}
			c.AgeCheck = ageCheck(c, people, published)
		} else {
			c.AgeCheck = claims.AgeCheck{}
		}
		return t.insertClaim(c)
	})
	if err != nil {
		return "", err
	}
	return c.ID, nil
}

// articleText returns a live article's text and published date.
func (t *tx) articleText(id string) (text, published string, err error) {
	err = t.QueryRowContext(t.ctx, `SELECT text, published FROM articles WHERE id = ? AND deleted_at IS NULL`, id).Scan(&text, &published)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	return text, published, err
}

// liveClaim loads a claim that is not in the trash, with its article's
// text.
func (t *tx) liveClaim(id string) (claims.Claim, string, error) {
	c, err := scanClaim(t.QueryRowContext(t.ctx, claimSelect+` WHERE c.id = ? AND c.deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, "", fmt.Errorf("claim %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return c, "", err
	}
	text, _, err := t.articleText(c.ArticleID)
	return c, text, err
}

// UpdateClaim changes a claim's own fields; an edited claim counts as
// manual from then on.
func (s *Store) UpdateClaim(ctx context.Context, id string, u ClaimUpdate) error {
	return s.write(ctx, "update claim", func(t *tx) error {
		c, text, err := t.liveClaim(id)
		if err != nil {
			return err
		}
		old := c
		setIf(&c.Text, u.Text)
		setIf(&c.Kind, u.Kind)
		setIf(&c.Speaker, u.Speaker)
		setIf(&c.Start, u.Start)
		setIf(&c.End, u.End)
		if err := validateClaim(text, c); err != nil {
			return err
		}
		if c.Text == old.Text && c.Kind == old.Kind && c.Speaker == old.Speaker && c.Start == old.Start && c.End == old.End {
			return nil
		}
		if _, err := t.update("claim", id, []col{
			{"text", c.Text}, {"kind", string(c.Kind)}, {"speaker", c.Speaker},
			{"start", c.Start}, {"end", c.End}, {"origin", string(claims.OriginManual)},
		}, histOpts{}); err != nil {
			return err
		}
		return t.recheckAges(`c.id = ?`, id)
	})
}

func setIf[T any](dst *T, src *T) {
	if src != nil {
		*dst = *src
	}
}

// SplitClaim splits a claim at byte offset at, which must lie strictly
// inside its span on a character boundary. The first half keeps the
// claim's ID and review; the second is a new claim of the same kind.
func (s *Store) SplitClaim(ctx context.Context, id string, at int) (first, second string, err error) {
	err = s.write(ctx, "split claim", func(t *tx) error {
		c, text, err := t.liveClaim(id)
		if err != nil {
			return err
		}
		if at <= c.Start || at >= c.End || !utf8.RuneStart(text[at]) {
			return fmt.Errorf("cannot split [%d,%d) at %d: not strictly inside the span on a character boundary", c.Start, c.End, at)
		}
		head, tail := strings.TrimSpace(text[c.Start:at]), strings.TrimSpace(text[at:c.End])
		if head == "" || tail == "" {
			return fmt.Errorf("splitting at %d leaves an empty part", at)
		}
		if _, err := t.update("claim", id, []col{{"end", at}, {"text", head}, {"origin", string(claims.OriginManual)}}, histOpts{}); err != nil {
			return err
		}
		nc := c
		nc.ID, nc.Start, nc.Text, nc.Origin = newID(), at, tail, claims.OriginManual
		nc.Review = claims.Review{}
		if err := t.insertClaim(nc); err != nil {
			return err
		}
		first, second = id, nc.ID
		return nil
	})
	return first, second, err
}

// MergeClaims joins claims of one article into the first of them (by
// start), whose span becomes the union of theirs; the others go to the
// trash.
func (s *Store) MergeClaims(ctx context.Context, ids []string) (string, error) {
	var keep string
	err := s.write(ctx, "merge claims", func(t *tx) error {
		if len(ids) < 2 {
			return errors.New("need at least two claims to merge")
		}
		var cs []claims.Claim
		var text string
		for _, id := range ids {
			c, txt, err := t.liveClaim(id)
			if err != nil {
				return err
			}
			if len(cs) > 0 && c.ArticleID != cs[0].ArticleID {
				return fmt.Errorf("claims %s and %s belong to different articles", cs[0].ID, c.ID)
			}
			if slices.ContainsFunc(cs, func(o claims.Claim) bool { return o.ID == c.ID }) {
				return fmt.Errorf("claim %s is listed twice", c.ID)
			}
			cs, text = append(cs, c), txt
		}
		slices.SortStableFunc(cs, func(a, b claims.Claim) int { return a.Start - b.Start })
		start, end := cs[0].Start, cs[0].End
		for _, c := range cs[1:] {
			end = max(end, c.End)
		}
		keep = cs[0].ID
		if _, err := t.update("claim", keep, []col{
			{"end", end}, {"text", strings.TrimSpace(text[start:end])}, {"origin", string(claims.OriginManual)},
		}, histOpts{}); err != nil {
			return err
		}
		for _, c := range cs[1:] {
			if err := t.trash("claim", c.ID); err != nil {
				return err
			}
		}
		return nil
	})
	return keep, err
}

// DeleteClaim moves a claim to the trash.
func (s *Store) DeleteClaim(ctx context.Context, id string) error {
	return s.write(ctx, "delete claim", func(t *tx) error { return t.trash("claim", id) })
}

// RestoreClaim brings a claim back from the trash.
func (s *Store) RestoreClaim(ctx context.Context, id string) error {
	return s.write(ctx, "restore claim", func(t *tx) error { return t.restore("claim", id) })
}
