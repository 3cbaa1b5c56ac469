package store

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/factdesk/factdesk/claims"
)

// closeEnough is the share of words two claims must have in common
// (Jaccard index of their folded word sets) to count as "seen before"
// without being equal.
const closeEnough = 0.6

// reviewedElsewhere selects live, reviewed claims of other live articles.
const reviewedElsewhere = ` JOIN reviews r ON r.id = c.id JOIN articles a ON a.id = c.article_id
	WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL AND r.verdict <> 'unreviewed' AND c.article_id <> ?`

// linkSeen links a new claim to earlier reviewed claims with the same
// folded text or, among the best full-text matches, a close one. It
// returns the number of links made.
func (t *tx) linkSeen(c claims.Claim) (int, error) {
	norm, key := normText(c.Text), normKey(c.Text)
	if key == "" {
		return 0, nil
	}
	exact := map[string]bool{}
	rows, err := t.QueryContext(t.ctx, `SELECT c.id FROM claims c`+reviewedElsewhere+` AND c.norm = ? LIMIT 10`, c.ArticleID, key)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, err
		}
		exact[id] = true
	}
	rows.Close()
	close := map[string]bool{}
	if q := similarQuery(norm); q != "" {
		rows, err := t.QueryContext(t.ctx, `SELECT c.id, c.text FROM claims_fts f JOIN claims c ON c.n = f.rowid`+
			reviewedElsewhere+` AND claims_fts MATCH ? ORDER BY f.rank LIMIT 5`, c.ArticleID, q)
		if err != nil {
			return 0, err
		}
		for rows.Next() {
			var id, other string
			if err := rows.Scan(&id, &other); err != nil {
				rows.Close()
				return 0, err
			}
			if !exact[id] && jaccard(norm, normText(other)) >= closeEnough {
				close[id] = true
			}
		}
		rows.Close()
	}
	for _, set := range []map[string]bool{exact, close} {
		for id := range set {
			if _, err := t.exec(`INSERT OR IGNORE INTO claim_links (id, claim_id, other_id, exact, updated_at, updated_by, version)
				VALUES (?, ?, ?, ?, ?, ?, 1)`, newID(), c.ID, id, sqlValue(exact[id]), t.nowNS(), t.actor); err != nil {
				return 0, err
			}
		}
	}
	return len(exact) + len(close), nil
}

// similarQuery builds a full-text query matching any of the longest words
// of a folded text.
func similarQuery(norm string) string {
	ws := slices.DeleteFunc(strings.Fields(norm), func(w string) bool { return len(w) < 4 })
	slices.SortStableFunc(ws, func(a, b string) int { return len(b) - len(a) })
	ws = slices.Compact(ws)
	if len(ws) > 8 {
		ws = ws[:8]
	}
	for i, w := range ws {
		ws[i] = `"` + w + `"`
	}
	return strings.Join(ws, " OR ")
}

// jaccard is the share of distinct words two folded texts have in common.
func jaccard(a, b string) float64 {
	as, bs := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(a) {
		as[w] = true
	}
	for _, w := range strings.Fields(b) {
		bs[w] = true
	}
	common := 0
	for w := range as {
		if bs[w] {
			common++
		}
	}
	union := len(as) + len(bs) - common
	if union == 0 {
		return 0
	}
	return float64(common) / float64(union)
}

// SeenBefore returns earlier reviewed claims that resemble a claim: those
// linked on import and any reviewed since with the same folded text,
// exact matches first, each with its verdict and sources.
func (s *Store) SeenBefore(ctx context.Context, claimID string) ([]Match, error) {
	c, err := loadClaim(ctx, s.ro, claimID)
	if err != nil {
		return nil, fmt.Errorf("seen before %s: %w", claimID, err)
	}
	rows, err := s.ro.QueryContext(ctx, `SELECT other_id, exact FROM claim_links WHERE claim_id = ? AND deleted_at IS NULL
		UNION SELECT c.id, 1 FROM claims c`+reviewedElsewhere+` AND c.norm = ?`, claimID, c.ArticleID, normKey(c.Text))
	if err != nil {
		return nil, fmt.Errorf("seen before %s: %w", claimID, err)
	}
	found := map[string]bool{}
	for rows.Next() {
		var id string
		var exact bool
		if err := rows.Scan(&id, &exact); err != nil {
			rows.Close()
			return nil, fmt.Errorf("seen before %s: %w", claimID, err)
		}
		found[id] = found[id] || exact
	}
	rows.Close()
	var out []Match
	for id, exact := range found {
		other, err := loadClaim(ctx, s.ro, id)
		if err != nil || !other.DeletedAt.IsZero() {
			continue // purged or trashed since it was linked
		}
		m := Match{Claim: other, Exact: exact}
		if err := s.ro.QueryRowContext(ctx, `SELECT title FROM articles WHERE id = ? AND deleted_at IS NULL`, other.ArticleID).Scan(&m.ArticleTitle); err != nil {
			continue
		}
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Exact != out[j].Exact {
			return out[i].Exact
		}
		return out[i].Claim.ID > out[j].Claim.ID
	})
	return out, nil
}

// CopySources copies the live sources of one claim to another, skipping
// URLs the target cites already, and returns how many it copied.
func (s *Store) CopySources(ctx context.Context, fromClaimID, toClaimID string) (int, error) {
	n := 0
	err := s.write(ctx, "copy sources", func(t *tx) error {
		if err := t.live("claim", toClaimID); err != nil {
			return err
		}
		from, err := loadClaim(t.ctx, t, fromClaimID)
		if err != nil {
			return fmt.Errorf("claim %s: %w", fromClaimID, err)
		}
		to, err := loadClaim(t.ctx, t, toClaimID)
		if err != nil {
			return err
		}
		for _, src := range from.Sources {
			if slices.ContainsFunc(to.Sources, func(o claims.Source) bool { return o.URL != "" && o.URL == src.URL }) {
				continue
			}
			src.ID, src.ClaimID = newID(), toClaimID
			if err := t.insert("source", src.ID, sourceCols(src)); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}
