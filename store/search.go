package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// matchQuery turns what a user typed into an FTS5 query: every word must
// occur, as a prefix, in one of its possible spellings (see spellings).
// Quoting each word keeps FTS5 syntax out of the user's hands. It returns
// "" when the text holds no word.
func matchQuery(text string) string {
	var terms []string
	for _, w := range words(text) {
		var alts []string
		for _, sp := range spellings(w) {
			alts = append(alts, `"`+sp+`"*`)
		}
		terms = append(terms, "("+strings.Join(alts, " OR ")+")")
	}
	return strings.Join(terms, " AND ")
}

// matchingArticles selects the IDs of articles whose title or text, or
// whose live claims, notes or sources match; it takes the match query
// four times.
const matchingArticles = `
	SELECT x.id FROM articles_fts JOIN articles x ON x.n = articles_fts.rowid WHERE articles_fts MATCH ?
	UNION SELECT x.article_id FROM claims_fts JOIN claims x ON x.n = claims_fts.rowid
		WHERE claims_fts MATCH ? AND x.deleted_at IS NULL
	UNION SELECT x.article_id FROM reviews_fts JOIN reviews r ON r.n = reviews_fts.rowid JOIN claims x ON x.id = r.id
		WHERE reviews_fts MATCH ? AND x.deleted_at IS NULL
	UNION SELECT x.article_id FROM sources_fts JOIN sources s ON s.n = sources_fts.rowid JOIN claims x ON x.id = s.claim_id
		WHERE sources_fts MATCH ? AND s.deleted_at IS NULL AND x.deleted_at IS NULL`

// searchQueries find hits in each full-text table: article ID, claim ID,
// the snippets of each indexed column, and the rank. Each takes the match
// query and a limit.
var searchQueries = []struct {
	sql    string
	fields []string // the field each snippet column stands for
}{
	{`SELECT a.id, '', snippet(articles_fts, 0, '[', ']', '…', 12), snippet(articles_fts, 1, '[', ']', '…', 12), articles_fts.rank
		FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid
		WHERE articles_fts MATCH ? AND a.deleted_at IS NULL ORDER BY articles_fts.rank LIMIT ?`, []string{"title", "text"}},
	{`SELECT c.article_id, c.id, snippet(claims_fts, 0, '[', ']', '…', 12), claims_fts.rank
		FROM claims_fts JOIN claims c ON c.n = claims_fts.rowid JOIN articles a ON a.id = c.article_id
		WHERE claims_fts MATCH ? AND c.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY claims_fts.rank LIMIT ?`, []string{"claim"}},
	{`SELECT c.article_id, c.id, snippet(reviews_fts, 0, '[', ']', '…', 12), reviews_fts.rank
		FROM reviews_fts JOIN reviews r ON r.n = reviews_fts.rowid JOIN claims c ON c.id = r.id JOIN articles a ON a.id = c.article_id
		WHERE reviews_fts MATCH ? AND c.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY reviews_fts.rank LIMIT ?`, []string{"note"}},
	{`SELECT c.article_id, c.id, snippet(sources_fts, -1, '[', ']', '…', 12), sources_fts.rank
		FROM sources_fts JOIN sources s ON s.n = sources_fts.rowid JOIN claims c ON c.id = s.claim_id JOIN articles a ON a.id = c.article_id
		WHERE sources_fts MATCH ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL AND a.deleted_at IS NULL
		ORDER BY sources_fts.rank LIMIT ?`, []string{"source"}},
}

// Search finds query in article titles and texts, claims, notes and
// sources, best matches first, at most limit hits (0 means 50). Case and
// diacritics are folded, and "ae", "oe", "ue" and "ss" also find ä, ö, ü
// and ß, so "Prasident", "Praesident" and "präsident" all find
// "Präsident". Every word must match, as a word prefix.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 50
	}
	m := matchQuery(query)
	if m == "" {
		return nil, nil
	}
	type ranked struct {
		Hit
		rank float64
	}
	var all []ranked
	for _, sq := range searchQueries {
		rows, err := s.ro.QueryContext(ctx, sq.sql, m, limit)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		for rows.Next() {
			var h ranked
			snippets := make([]string, len(sq.fields))
			dest := []any{&h.ArticleID, &h.ClaimID}
			for i := range snippets {
				dest = append(dest, &snippets[i])
			}
			if err := rows.Scan(append(dest, &h.rank)...); err != nil {
				rows.Close()
				return nil, fmt.Errorf("search %q: %w", query, err)
			}
			h.Field, h.Snippet = sq.fields[len(snippets)-1], snippets[len(snippets)-1]
			for i, sn := range snippets {
				if strings.Contains(sn, "[") {
					h.Field, h.Snippet = sq.fields[i], sn
					break
				}
			}
			all = append(all, h)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].rank < all[j].rank })
	if len(all) > limit {
		all = all[:limit]
	}
	out := make([]Hit, len(all))
	for i, h := range all {
		out[i] = h.Hit
	}
	return out, nil
}
