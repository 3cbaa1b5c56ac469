package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// HashText returns the content hash ImportArticle uses to recognise a
// re-import: the hex SHA-256 of the normalised text.
func HashText(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// ImportArticle stores a newly extracted article with its claims. a.Text
// must already be normalised (claims.Normalize); the store sets the ID,
// hash and times. When a live article with the same text exists, nothing
// is added and the result says Existing. Claims resembling earlier
// reviewed ones are linked ("seen before") and age claims are checked
// against the people on file.
func (s *Store) ImportArticle(ctx context.Context, a claims.Article, cs []claims.Claim) (ImportResult, error) {
	if err := validateImport(a, cs); err != nil {
		return ImportResult{}, fmt.Errorf("import article: %w", err)
	}
	plain := make([]claims.Claim, len(cs))
	for i, c := range cs {
		c.ID, c.Review, c.Sources = "", claims.Review{}, nil
		plain[i] = c
	}
	var res ImportResult
	err := s.write(ctx, "import article", func(t *tx) error {
		a.ID = newID()
		var err error
		res, err = t.importArticle(a, plain, true)
		return err
	})
	return res, err
}

// ImportBundle re-imports an article exported as JSON into an identical
// one: its IDs, claims, reviews and sources keep every exported value,
// their times, authors and versions included, and rows exported from the
// trash stay in the trash. Only the history rows of the import carry its
// own time and actor. An article whose ID or text is already in the file
// is not imported again (Existing), and nothing changes. Evidence files
// do not travel in an export and stay behind.
func (s *Store) ImportBundle(ctx context.Context, a claims.Article, cs []claims.Claim) (ImportResult, error) {
	if err := validateImport(a, cs); err != nil {
		return ImportResult{}, fmt.Errorf("import bundle: %w", err)
	}
	var res ImportResult
	err := s.write(ctx, "import bundle", func(t *tx) error {
		if a.ID == "" {
			a.ID = newID()
		}
		var exists int
		if err := t.QueryRowContext(t.ctx, `SELECT count(*) FROM articles WHERE id = ?`, a.ID).Scan(&exists); err != nil {
			return err
		}
		if exists > 0 {
			res = ImportResult{ArticleID: a.ID, Existing: true}
			return t.QueryRowContext(t.ctx, `SELECT count(*) FROM claims WHERE article_id = ? AND deleted_at IS NULL`, a.ID).Scan(&res.Claims)
		}
		var err error
		res, err = t.importArticle(a, cs, false)
		return err
	})
	return res, err
}

// validateImport checks an article and its claims before anything is
// written.
func validateImport(a claims.Article, cs []claims.Claim) error {
	if strings.TrimSpace(a.Text) == "" {
		return errors.New("the article has no text")
	}
	if a.Status != "" && !validStatus(a.Status) {
		return fmt.Errorf("unknown status %q", a.Status)
	}
	for i, c := range cs {
		if err := validateClaim(a.Text, c); err != nil {
			return fmt.Errorf("claim %d: %w", i+1, err)
		}
	}
	return nil
}

func validStatus(st claims.Status) bool {
	return st == claims.StatusOpen || st == claims.StatusInReview || st == claims.StatusDone
}

// validateClaim checks a claim's kind and that its span lies inside text.
func validateClaim(text string, c claims.Claim) error {
	if !c.Kind.Valid() {
		return fmt.Errorf("unknown claim kind %q", c.Kind)
	}
	if c.Start < 0 || c.Start > c.End || c.End > len(text) {
		return fmt.Errorf("span [%d,%d) is outside the article text (%d bytes)", c.Start, c.End, len(text))
	}
	if c.Review.Verdict != "" && !c.Review.Verdict.Valid() {
		return fmt.Errorf("unknown verdict %q", c.Review.Verdict)
	}
	return nil
}

// importArticle inserts the article, its claims, reviews and sources.
// fresh marks a new extraction: the rows are the transaction's, claims
// get new IDs and are linked to earlier reviewed claims. Otherwise (a
// bundle) every row keeps its exported stamp and age check.
func (t *tx) importArticle(a claims.Article, cs []claims.Claim, fresh bool) (ImportResult, error) {
	a.Hash = HashText(a.Text)
	var existing string
	err := t.QueryRowContext(t.ctx, `SELECT id FROM articles WHERE hash = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1`, a.Hash).Scan(&existing)
	if err == nil {
		res := ImportResult{ArticleID: existing, Existing: true}
		err = t.QueryRowContext(t.ctx, `SELECT count(*) FROM claims WHERE article_id = ? AND deleted_at IS NULL`, existing).Scan(&res.Claims)
		return res, err
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return ImportResult{}, err
	}
	if a.Status == "" {
		a.Status = claims.StatusOpen
	}
	if a.CreatedAt.IsZero() || fresh {
		a.CreatedAt = t.now
	}
	stampOf := func(at time.Time, by string, version int64, deleted time.Time) stamp {
		if fresh {
			return t.own()
		}
		return t.kept(at, by, version, deleted)
	}
	if err := t.insertStamped("article", a.ID, articleCols(a), stampOf(a.UpdatedAt, a.UpdatedBy, a.Version, a.DeletedAt)); err != nil {
		return ImportResult{}, err
	}
	people, err := t.people()
	if err != nil {
		return ImportResult{}, err
	}
	res := ImportResult{ArticleID: a.ID}
	for _, c := range cs {
		c.ArticleID = a.ID
		if c.ID == "" {
			c.ID = newID()
		}
		if c.Origin == "" {
			c.Origin = claims.OriginExtracted
		}
		if c.Kind == claims.KindAge && (fresh || c.AgeCheck.Result == "") {
			c.AgeCheck = ageCheck(c, people, a.Published)
		}
		cst := stampOf(c.UpdatedAt, c.UpdatedBy, c.Version, c.DeletedAt)
		if err := t.insertClaimStamped(c, cst, reviewStamp(c.Review, cst)); err != nil {
			return ImportResult{}, err
		}
		if c.DeletedAt.IsZero() {
			res.Claims++
		}
		for _, src := range c.Sources {
			src.ClaimID = c.ID
			if src.ID == "" {
				src.ID = newID()
			}
			if err := t.insertStamped("source", src.ID, sourceCols(src), stampOf(src.UpdatedAt, src.UpdatedBy, src.Version, src.DeletedAt)); err != nil {
				return ImportResult{}, err
			}
		}
		if fresh {
			n, err := t.linkSeen(c)
			if err != nil {
				return ImportResult{}, err
			}
			if n > 0 {
				res.SeenBefore++
			}
		}
	}
	return res, nil
}

// reviewStamp is the stamp of a bundled review, which an export does not
// carry: its reviewer and time when it has them, else its claim's. A
// review is never in the trash on its own.
func reviewStamp(r claims.Review, claim stamp) stamp {
	st := stamp{at: claim.at, by: claim.by, version: 1}
	if !r.ReviewedAt.IsZero() {
		st.at = r.ReviewedAt
	}
	if r.Reviewer != "" {
		st.by = r.Reviewer
	}
	return st
}

// articleCols lists an article's stored columns.
func articleCols(a claims.Article) []col {
	return []col{
		{"hash", a.Hash}, {"title", a.Title}, {"outlet", a.Outlet}, {"url", a.URL},
		{"published", a.Published}, {"language", a.Language}, {"status", string(a.Status)},
		{"created_at", a.CreatedAt}, {"text", a.Text},
	}
}

// articleSelect reads every article column but the text.
const articleSelect = `SELECT a.id, a.hash, a.title, a.outlet, a.url, a.published, a.language, a.status,
	a.created_at, a.updated_at, a.updated_by, a.version, a.deleted_at`

func scanArticle(sc interface{ Scan(...any) error }, a *claims.Article, extra ...any) error {
	var created, updated, deleted sql.NullInt64
	var status string
	dest := append([]any{&a.ID, &a.Hash, &a.Title, &a.Outlet, &a.URL, &a.Published, &a.Language, &status,
		&created, &updated, &a.UpdatedBy, &a.Version, &deleted}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	a.Status = claims.Status(status)
	a.CreatedAt, a.UpdatedAt, a.DeletedAt = nsTime(created), nsTime(updated), nsTime(deleted)
	return nil
}

// Articles lists articles newest first, without their texts, with claim
// counts.
func (s *Store) Articles(ctx context.Context, f ArticleFilter) ([]ArticleSummary, error) {
	q := articleSelect + `, coalesce(st.claims, 0), coalesce(st.reviewed, 0)
		FROM articles a INDEXED BY articles_list LEFT JOIN article_stats st ON st.article_id = a.id WHERE 1`
	var args []any
	if !f.IncludeDeleted {
		q += ` AND a.deleted_at IS NULL`
	}
	if f.Status != "" {
		q += ` AND a.status = ?`
		args = append(args, string(f.Status))
	}
	if f.From != "" {
		q += ` AND a.published >= ?`
		args = append(args, f.From)
	}
	if f.To != "" {
		q += ` AND a.published <> '' AND a.published <= ?`
		args = append(args, f.To)
	}
	if m := matchQuery(f.Query); m != "" {
		q += ` AND a.id IN (` + matchingArticles + `)`
		args = append(args, m, m, m, m)
	}
	q += ` ORDER BY a.created_at DESC, a.id DESC`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := s.ro.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles in %s: %w", s.path, err)
	}
	defer rows.Close()
	var out []ArticleSummary
	for rows.Next() {
		var sum ArticleSummary
		if err := scanArticle(rows, &sum.Article, &sum.Claims, &sum.Reviewed); err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out = append(out, sum)
	}
	return out, rows.Err()
}

// Article loads one article with its text, also from the trash.
func (s *Store) Article(ctx context.Context, id string) (claims.Article, error) {
	var a claims.Article
	err := scanArticle(s.ro.QueryRowContext(ctx, articleSelect+`, a.text FROM articles a WHERE a.id = ?`, id), &a, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// UpdateArticle changes an article's title, outlet, URL, published date
// and status. A new published date re-checks its age claims.
func (s *Store) UpdateArticle(ctx context.Context, a claims.Article) error {
	if a.Status == "" {
		a.Status = claims.StatusOpen
	}
	if !validStatus(a.Status) {
		return fmt.Errorf("update article: unknown status %q", a.Status)
	}
	return s.write(ctx, "update article", func(t *tx) error {
		if err := t.live("article", a.ID); err != nil {
			return err
		}
		if _, err := t.update("article", a.ID, []col{
			{"title", a.Title}, {"outlet", a.Outlet}, {"url", a.URL},
			{"published", a.Published}, {"status", string(a.Status)},
		}, histOpts{}); err != nil {
			return err
		}
		return t.recheckAges(`c.article_id = ?`, a.ID)
	})
}

// DeleteArticle moves an article, and with it its claims, to the trash.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	return s.write(ctx, "delete article", func(t *tx) error { return t.trash("article", id) })
}

// RestoreArticle brings an article back from the trash.
func (s *Store) RestoreArticle(ctx context.Context, id string) error {
	return s.write(ctx, "restore article", func(t *tx) error { return t.restore("article", id) })
}

// trash tombstones a live row.
func (t *tx) trash(entity, id string) error {
	if err := t.live(entity, id); err != nil {
		return err
	}
	_, err := t.update(entity, id, []col{{"deleted_at", t.now}}, histOpts{op: "delete"})
	return err
}

// restore clears a row's tombstone.
func (t *tx) restore(entity, id string) error {
	_, err := t.update(entity, id, []col{{"deleted_at", nil}}, histOpts{op: "restore"})
	return err
}
