package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Merge brings another factdesk file's articles, claims, reviews, sources,
// evidence, people and history into this one, matching rows by ID. Rows
// only the other file has are copied. Where a row differs, each field is
// decided on its own from the histories: a field only one file changed
// since they last met takes that file's value; a field both changed takes
// the later change and is reported as a Conflict, the losing value staying
// in the history. The other file's history is appended (rows it already
// has are skipped), so merging the same file again changes nothing. Rows
// this file emptied from its trash are not brought back. Merge's own
// changes are recorded with op "merge"; Undo does not revert them.
//
// The other file is opened read-only and refused, unchanged, unless it is
// a factdesk file of this schema version. Merge returns once the result is
// committed; the WAL is copied into the file in the background.
func (s *Store) Merge(ctx context.Context, otherPath string) (MergeReport, error) {
	var rep MergeReport
	abs, err := filepath.Abs(otherPath)
	if err != nil {
		return rep, fmt.Errorf("merge %s: %w", otherPath, err)
	}
	if err := s.checkMergeable(abs); err != nil {
		return rep, fmt.Errorf("merge: %w", err)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return rep, fmt.Errorf("merge %s: %w", abs, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `ATTACH DATABASE ? AS other`, attachURI(abs)); err != nil {
		return rep, fmt.Errorf("merge %s: %w", abs, err)
	}
	defer func() {
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), `DETACH DATABASE other`); err != nil {
			// Never hand a connection with the other file attached back
			// to the pool.
			conn.Raw(func(any) error { return driver.ErrBadConn })
		}
	}()
	// A large page cache keeps the bulk copy from spilling pages to the
	// WAL and reading them back in the middle of the transaction.
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = %d`, -mergeCacheKiB)); err != nil {
		return rep, fmt.Errorf("merge %s: %w", abs, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA cache_size = -2000`)
	// Copying a whole file's worth of WAL back into the database would
	// double the time Merge takes; checkpointLater does it afterwards.
	if _, err := conn.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
		return rep, fmt.Errorf("merge %s: %w", abs, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA wal_autocheckpoint = 1000`)
	err = s.writeOn(ctx, conn, "merge "+abs, func(t *tx) error {
		rep = MergeReport{}
		return t.merge(&rep)
	})
	if err == nil {
		s.checkpointLater()
	}
	return rep, err
}

// attachURI opens the other file read-only. When it has no -wal file no
// process has it open, and it is opened as immutable: SQLite then reads it
// without creating -wal and -shm files beside it, which a read-only
// connection could not remove again. (A process that starts writing the
// other file during the merge is not seen; merge a copy in that case.)
func attachURI(path string) string {
	q := url.Values{}
	q.Set("mode", "ro")
	if _, err := os.Stat(path + "-wal"); errors.Is(err, fs.ErrNotExist) {
		q.Set("immutable", "1")
	}
	return fileURI(path, q)
}

// mergeCacheKiB is the page cache a merge may use, in KiB.
const mergeCacheKiB = 256 << 10

// checkMergeable refuses a file that is not a factdesk file of this
// schema version, or that is this file.
func (s *Store) checkMergeable(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if self, err := os.Stat(s.path); err == nil && os.SameFile(st, self) {
		return fmt.Errorf("%s is the open file itself", path)
	}
	if st.IsDir() || st.Size() == 0 {
		return fmt.Errorf("%s: %w", path, ErrNotDatabase)
	}
	info, err := readHeader(path, st.Size())
	if err != nil {
		return err
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		if info, err = queryHeader(path); err != nil {
			return err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := refuse(path, info); err != nil {
		return err
	}
	if info.appID != ApplicationID {
		return fmt.Errorf("%s has no factdesk mark: %w", path, ErrForeign)
	}
	if int(info.userVersion) < len(migrations) {
		return fmt.Errorf("%s has the older schema version %d; open it with factdesk once to upgrade it", path, info.userVersion)
	}
	return nil
}

// merge does the work of Merge inside one transaction with "other"
// attached.
func (t *tx) merge(rep *MergeReport) error {
	counts := map[string]*int{
		"person": &rep.People, "article": &rep.Articles, "claim": &rep.Claims,
		"review": &rep.Reviews, "source": &rep.Sources, "evidence": new(int),
	}
	peopleBefore := rep.People
	var purged bool
	if err := t.QueryRowContext(t.ctx, `SELECT EXISTS (SELECT 1 FROM main.history WHERE op = 'purge')`).Scan(&purged); err != nil {
		return err
	}
	// The rows this file had before the copy; only they can differ from
	// the other file's.
	before := map[string]int64{}
	for _, entity := range entityOrder {
		table := entityTable[entity]
		var n int64
		if err := t.QueryRowContext(t.ctx, `SELECT coalesce(max(n), 0) FROM main.`+table).Scan(&n); err != nil {
			return err
		}
		before[table] = n
	}
	restore, err := t.batchFTS()
	if err != nil {
		return err
	}
	for _, entity := range entityOrder {
		n, err := t.mergeMissing(entityTable[entity], purged)
		if err != nil {
			return fmt.Errorf("copy %s rows: %w", entity, err)
		}
		*counts[entity] += n
	}
	if _, err := t.mergeMissing("claim_links", purged); err != nil {
		return fmt.Errorf("copy claim links: %w", err)
	}
	for _, entity := range entityOrder {
		n, err := t.mergeChanged(entity, before[entityTable[entity]], rep)
		if err != nil {
			return fmt.Errorf("merge %s rows: %w", entity, err)
		}
		*counts[entity] += n
	}
	res, err := t.ExecContext(t.ctx, `INSERT OR IGNORE INTO main.history (id, grp, entity, entity_id, op, field, old, new, actor, at, undoes, merged)
		SELECT id, grp, entity, entity_id, op, field, old, new, actor, at, undoes, 1 FROM other.history o ORDER BY o.seq`)
	if err != nil {
		return fmt.Errorf("copy history: %w", err)
	}
	n, _ := res.RowsAffected()
	rep.History = int(n)
	if err := restore(); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	if rep.People != peopleBefore {
		return t.recheckAges(`1`)
	}
	return nil
}

// ftsTables are the full-text indexes the triggers keep.
var ftsTables = []string{"articles_fts", "claims_fts", "reviews_fts", "sources_fts"}

// mergeFTS is the full-text configuration during a merge, and ftsDefaults
// FTS5's own values. A large "hashsize" (default 1 MB) keeps the new rows'
// index data in memory until the end, so that tens of thousands of rows go
// out as one segment instead of dozens; "automerge" 0 leaves merging that
// segment with the older ones to later writes, which do it a little at a
// time, instead of doing all of it while the caller waits.
var (
	mergeFTS    = map[string]int64{"hashsize": 128 << 20, "automerge": 0}
	ftsDefaults = map[string]int64{"hashsize": 1 << 20, "automerge": 4}
)

// batchFTS sets mergeFTS for the rest of the transaction. The returned
// function writes the pending index data out and sets back what the file
// had.
func (t *tx) batchFTS() (restore func() error, err error) {
	type setting struct{ fts, key string }
	kept := map[setting]any{} // nil: the file had FTS5's default
	for _, fts := range ftsTables {
		for key, v := range mergeFTS {
			var old any
			err := t.QueryRowContext(t.ctx, `SELECT v FROM main.`+fts+`_config WHERE k = ?`, key).Scan(&old)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return nil, err
			}
			kept[setting{fts, key}] = old
			if err := t.ftsConfig(fts, key, v); err != nil {
				return nil, err
			}
		}
	}
	return func() error {
		for s, old := range kept {
			// Setting a value writes the pending data out first.
			if old != nil {
				if err := t.ftsConfig(s.fts, s.key, old); err != nil {
					return err
				}
				continue
			}
			if err := t.ftsConfig(s.fts, s.key, ftsDefaults[s.key]); err != nil {
				return err
			}
			if _, err := t.ExecContext(t.ctx, `DELETE FROM main.`+s.fts+`_config WHERE k = ?`, s.key); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

// ftsConfig sets a configuration option of a full-text index.
func (t *tx) ftsConfig(fts, key string, v any) error {
	_, err := t.ExecContext(t.ctx, `INSERT INTO main.`+fts+` (`+fts+`, rank) VALUES (?, ?)`, key, v)
	return err
}

// columns returns a main-schema table's columns but the rowid alias n.
func (t *tx) columns(table string) ([]string, error) {
	rows, err := t.QueryContext(t.ctx, `SELECT name FROM pragma_table_info(?, 'main') WHERE name <> 'n' ORDER BY cid`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		out = append(out, name)
	}
	return out, rows.Err()
}

// mergeParents says, for each table with a parent, which parent row
// must be in this file for a row of the other file to be copied.
var mergeParents = map[string]string{
	"claims":      `EXISTS (SELECT 1 FROM main.articles p WHERE p.id = o.article_id)`,
	"reviews":     `EXISTS (SELECT 1 FROM main.claims p WHERE p.id = o.id)`,
	"sources":     `EXISTS (SELECT 1 FROM main.claims p WHERE p.id = o.claim_id)`,
	"evidence":    `EXISTS (SELECT 1 FROM main.sources p WHERE p.id = o.source_id)`,
	"claim_links": `EXISTS (SELECT 1 FROM main.claims p WHERE p.id = o.claim_id) AND EXISTS (SELECT 1 FROM main.claims p WHERE p.id = o.other_id)`,
}

// mergeMissing copies the rows only the other file has (a row whose ID is
// here is ignored), except, when this file has purged rows (purged), rows
// this file emptied from its trash (their history says "purge") and rows
// whose parent is not here for that reason: a purge is not undone by
// merging a file that still has the row. Without purges every parent is
// here or copied before its children, and the checks are left out.
func (t *tx) mergeMissing(table string, purged bool) (int, error) {
	cols, err := t.columns(table)
	if err != nil {
		return 0, err
	}
	list := quoteList(cols)
	cond := `1`
	if purged {
		cond = `NOT EXISTS (SELECT 1 FROM main.history h WHERE h.entity_id = o.id AND h.op = 'purge')`
		if p, ok := mergeParents[table]; ok {
			cond += ` AND ` + p
		}
	}
	res, err := t.ExecContext(t.ctx, `INSERT OR IGNORE INTO main.`+table+` (`+list+`) SELECT `+list+` FROM other.`+table+` o
		WHERE `+cond+` ORDER BY o.n`)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

func quoteList(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = quoteIdent(c)
	}
	return strings.Join(q, ", ")
}

// notMerged are the columns mergeChanged does not compare: identity,
// bookkeeping, derived text and evidence bytes (which follow sha256).
var notMerged = []string{"id", "updated_at", "updated_by", "version", "norm", "data"}

// mergeChanged reconciles the rows both files have whose version or time
// differ, field by field, and returns how many rows changed here. Only
// rows up to rowid maxN were here before the copy; the others are the
// other file's rows as they are.
func (t *tx) mergeChanged(entity string, maxN int64, rep *MergeReport) (int, error) {
	table := entityTable[entity]
	all, err := t.columns(table)
	if err != nil {
		return 0, err
	}
	cols := slices.DeleteFunc(slices.Clone(all), func(c string) bool { return slices.Contains(notMerged, c) })
	rows, err := t.QueryContext(t.ctx, `SELECT m.id, m.updated_at, o.updated_at, o.version FROM main.`+table+` m
		JOIN other.`+table+` o ON o.id = m.id WHERE m.n <= ? AND (m.version <> o.version OR m.updated_at <> o.updated_at)`, maxN)
	if err != nil {
		return 0, err
	}
	type pair struct {
		id              string
		mineAt, theirAt int64
		theirVersion    int64
	}
	var todo []pair
	for rows.Next() {
		var p pair
		if err := rows.Scan(&p.id, &p.mineAt, &p.theirAt, &p.theirVersion); err != nil {
			rows.Close()
			return 0, err
		}
		todo = append(todo, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	changed := 0
	for _, p := range todo {
		mine, err := t.rowValues("main", table, cols, p.id)
		if err != nil {
			return 0, err
		}
		theirs, err := t.rowValues("other", table, cols, p.id)
		if err != nil {
			return 0, err
		}
		var take []col
		for i, c := range cols {
			if jsonValue(mine[i]) == jsonValue(theirs[i]) {
				continue
			}
			mineAt, err := t.unseenChange("main", "other", p.id, c)
			if err != nil {
				return 0, err
			}
			theirAt, err := t.unseenChange("other", "main", p.id, c)
			if err != nil {
				return 0, err
			}
			theirsWin := theirAt.Valid && (!mineAt.Valid || theirAt.Int64 > mineAt.Int64)
			if !mineAt.Valid && !theirAt.Valid {
				theirsWin = p.theirAt > p.mineAt // no field history: the later row wins
			}
			if mineAt.Valid && theirAt.Valid {
				cf := Conflict{Entity: entity, EntityID: p.id, Field: c,
					Kept: jsonValue(mine[i]), Lost: jsonValue(theirs[i]),
					KeptAt: nsTime(mineAt), LostAt: nsTime(theirAt)}
				if theirsWin {
					cf.Kept, cf.Lost, cf.KeptAt, cf.LostAt = cf.Lost, cf.Kept, cf.LostAt, cf.KeptAt
				}
				rep.Conflicts = append(rep.Conflicts, cf)
			}
			if theirsWin {
				take = append(take, col{c, theirs[i]})
			}
		}
		if len(take) == 0 {
			continue
		}
		if entity == "evidence" && slices.ContainsFunc(take, func(c col) bool { return c.name == "sha256" }) {
			if _, err := t.ExecContext(t.ctx, `UPDATE main.evidence SET data = (SELECT data FROM other.evidence WHERE id = ?) WHERE id = ?`, p.id, p.id); err != nil {
				return 0, err
			}
		}
		if _, err := t.update(entity, p.id, take, histOpts{op: "merge"}); err != nil {
			return 0, err
		}
		if _, err := t.ExecContext(t.ctx, `UPDATE main.`+table+` SET version = max(version, ?) WHERE id = ?`, p.theirVersion+1, p.id); err != nil {
			return 0, err
		}
		changed++
	}
	return changed, nil
}

// rowValues reads the given columns of one row of schema.table.
func (t *tx) rowValues(schema, table string, cols []string, id string) ([]any, error) {
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	err := t.QueryRowContext(t.ctx, `SELECT `+quoteList(cols)+` FROM `+schema+`.`+table+` WHERE id = ?`, id).Scan(ptrs...)
	return vals, err
}

// unseenChange returns the time of the latest change to a field recorded
// in schema's history but not in other's: a change the other file has not
// seen. Rows written by Merge itself do not count.
func (t *tx) unseenChange(schema, other, id, field string) (sql.NullInt64, error) {
	var at sql.NullInt64
	err := t.QueryRowContext(t.ctx, `SELECT max(h.at) FROM `+schema+`.history h
		WHERE h.entity_id = ? AND h.field = ? AND h.op <> 'merge'
		AND NOT EXISTS (SELECT 1 FROM `+other+`.history x WHERE x.id = h.id)`, id, field).Scan(&at)
	return at, err
}
