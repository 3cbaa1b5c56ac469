package store

import (
	"context"
	"fmt"
)

// historyOwner names the entity whose history also covers a row: an
// empty review is recorded by its claim's insert.
func historyOwner(entity string) string {
	if entity == "review" {
		return "claim"
	}
	return entity
}

// Check verifies the file: SQLite's integrity_check and
// foreign_key_check, that every claim's span lies inside its article's
// text, that the article list's claim counts agree with the claims, that
// every row has at least one history row, and that the full-text indexes
// match their tables. It returns the
// problems found; an error means the check itself could not run.
func (s *Store) Check(ctx context.Context) ([]Problem, error) {
	var out []Problem
	checks := []struct {
		name  string
		query string
		args  []any
	}{
		{"integrity_check", `SELECT integrity_check FROM pragma_integrity_check WHERE integrity_check <> 'ok'`, nil},
		{"foreign_key_check", `SELECT format('%s row %d: no %s row for its reference', "table", rowid, parent) FROM pragma_foreign_key_check`, nil},
		{"span", `SELECT format('claim %s: span [%d,%d) is outside its article (%d bytes)', c.id, c.start, c."end", length(CAST(a.text AS BLOB)))
			FROM claims c JOIN articles a ON a.id = c.article_id
			WHERE c.start < 0 OR c.start > c."end" OR c."end" > length(CAST(a.text AS BLOB))`, nil},
		{"counts", `SELECT format('article %s: list counts %d claims, %d reviewed; the claims say %d, %d', id, sc, sr, ac, ar) FROM (
			SELECT a.id, coalesce(st.claims, 0) AS sc, coalesce(st.reviewed, 0) AS sr,
				(SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL) AS ac,
				(SELECT count(*) FROM claims c JOIN reviews r ON r.id = c.id
					WHERE c.article_id = a.id AND c.deleted_at IS NULL AND r.verdict <> 'unreviewed') AS ar
			FROM articles a LEFT JOIN article_stats st ON st.article_id = a.id)
			WHERE sc <> ac OR sr <> ar`, nil},
	}
	for _, entity := range entityOrder {
		table := entityTable[entity]
		checks = append(checks, struct {
			name  string
			query string
			args  []any
		}{"history", `SELECT format('%s %s has no history', ?, t.id) FROM ` + table + ` t
			WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity_id = t.id AND h.entity IN (?, ?))`, []any{entity, entity, historyOwner(entity)}})
	}
	for _, c := range checks {
		rows, err := s.ro.QueryContext(ctx, c.query, c.args...)
		if err != nil {
			return nil, fmt.Errorf("check %s: %s: %w", s.path, c.name, err)
		}
		for rows.Next() {
			var detail string
			if err := rows.Scan(&detail); err != nil {
				rows.Close()
				return nil, fmt.Errorf("check %s: %s: %w", s.path, c.name, err)
			}
			out = append(out, Problem{Check: c.name, Detail: detail})
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("check %s: %s: %w", s.path, c.name, err)
		}
	}
	// integrity-check is written as an INSERT, so it runs on the writer;
	// it changes nothing. Rank 1 also compares the index with the table;
	// reviews_fts leaves out empty notes on purpose, so it gets rank 0.
	for _, fts := range []struct {
		table string
		rank  int
	}{{"articles_fts", 1}, {"claims_fts", 1}, {"reviews_fts", 0}, {"sources_fts", 1}} {
		if _, err := s.db.ExecContext(ctx, `INSERT INTO `+fts.table+` (`+fts.table+`, rank) VALUES ('integrity-check', ?)`, fts.rank); err != nil {
			out = append(out, Problem{Check: "fts", Detail: fmt.Sprintf("%s: %v", fts.table, err)})
		}
	}
	return out, nil
}
