package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
)

// tx is one write transaction. Like wtf's Tx it carries the moment the
// transaction began and the actor, stamped once on every row it touches,
// and the group ID its history rows share.
type tx struct {
	*sql.Tx
	ctx   context.Context
	now   time.Time
	actor string
	group string
	stmts map[string]*sql.Stmt
}

// write runs fn in one immediate transaction on the writer connection and
// commits it, or rolls it back when fn fails.
func (s *Store) write(ctx context.Context, what string, fn func(*tx) error) error {
	return s.writeOn(ctx, s.db, what, fn)
}

// beginner starts transactions: the writer pool or one of its connections.
type beginner interface {
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}

// writeOn is write on a given connection.
func (s *Store) writeOn(ctx context.Context, db beginner, what string, fn func(*tx) error) error {
	actor, now := s.stamp()
	sqlTx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %s: %w", what, s.path, err)
	}
	t := &tx{Tx: sqlTx, ctx: ctx, now: now, actor: actor, group: newID(), stmts: map[string]*sql.Stmt{}}
	defer func() {
		for _, st := range t.stmts {
			st.Close()
		}
	}()
	if err := fn(t); err != nil {
		sqlTx.Rollback()
		if errors.Is(err, ErrNotFound) || errors.Is(err, ErrNothingToUndo) {
			return fmt.Errorf("%s: %w", what, err)
		}
		return fmt.Errorf("%s: %s: %w", what, s.path, err)
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("%s: commit to %s: %w", what, s.path, err)
	}
	return nil
}

// newID returns a new UUIDv7.
func newID() string {
	return uuid.Must(uuid.NewV7()).String()
}

// exec runs a statement prepared once per transaction.
func (t *tx) exec(query string, args ...any) (sql.Result, error) {
	st, ok := t.stmts[query]
	if !ok {
		var err error
		if st, err = t.PrepareContext(t.ctx, query); err != nil {
			return nil, err
		}
		t.stmts[query] = st
	}
	return st.ExecContext(t.ctx, args...)
}

// nowNS is the transaction's time as stored.
func (t *tx) nowNS() int64 { return t.now.UnixNano() }

// entityTable maps history entity names to tables.
var entityTable = map[string]string{
	"article":  "articles",
	"claim":    "claims",
	"review":   "reviews",
	"source":   "sources",
	"evidence": "evidence",
	"person":   "people",
}

// entityOrder lists the entities parents first, the order in which rows
// can be inserted without breaking a foreign key.
var entityOrder = []string{"person", "article", "claim", "review", "source", "evidence"}

// col is one column value of a row being written.
type col struct {
	name  string
	value any
}

// histOpts qualify history rows beyond the default update.
type histOpts struct {
	op     string // "update" when empty
	undoes string // the group an undo reverts
}

// stamp is the bookkeeping columns a row is inserted with.
type stamp struct {
	at      time.Time // updated_at
	by      string    // updated_by
	version int64
	deleted time.Time // deleted_at; zero for a live row
}

// own is the stamp of a row this transaction creates.
func (t *tx) own() stamp { return stamp{at: t.now, by: t.actor, version: 1} }

// kept is the stamp of a row brought in from an export, which keeps the
// exported values. A row exported without a time gets the transaction's
// time and actor, and version 1 at least.
func (t *tx) kept(at time.Time, by string, version int64, deleted time.Time) stamp {
	if at.IsZero() {
		at, by = t.now, t.actor
	}
	return stamp{at: at, by: by, version: max(version, 1), deleted: deleted}
}

// insert adds a row stamped with the transaction's time and actor and
// writes its "insert" history row holding the new values (see
// derivedOrEmpty for what it leaves out).
func (t *tx) insert(entity, id string, cols []col) error {
	return t.insertStamped(entity, id, cols, t.own())
}

// insertStamped is insert with the given bookkeeping columns. The history
// row is the transaction's (its time and actor) whatever the row's stamp;
// a tombstone is part of the values it records.
func (t *tx) insertStamped(entity, id string, cols []col, st stamp) error {
	if !st.deleted.IsZero() {
		cols = append(slices.Clip(cols), col{"deleted_at", st.deleted})
	}
	table := entityTable[entity]
	names := make([]string, 0, len(cols)+4)
	args := make([]any, 0, len(cols)+4)
	names = append(names, "id")
	args = append(args, id)
	row := make(map[string]any, len(cols))
	for _, c := range cols {
		names = append(names, quoteIdent(c.name))
		v := sqlValue(c.value)
		args = append(args, v)
		if !derivedOrEmpty(c.name, v) {
			row[c.name] = v
		}
	}
	names = append(names, "updated_at", "updated_by", "version")
	args = append(args, st.at.UnixNano(), st.by, st.version)
	q := "INSERT INTO " + table + " (" + strings.Join(names, ", ") + ") VALUES (?" + strings.Repeat(", ?", len(names)-1) + ")"
	if _, err := t.exec(q, args...); err != nil {
		return fmt.Errorf("insert %s: %w", entity, err)
	}
	b, err := json.Marshal(row)
	if err != nil {
		return err
	}
	return t.history(entity, id, "insert", "", nil, string(b), "")
}

// derivedOrEmpty reports whether an insert's history row leaves a value
// out: blobs (kept in their table), the derived claims.norm, and zero
// values, which are the columns' defaults.
func derivedOrEmpty(name string, v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case []byte:
		return true
	case string:
		return x == "" || name == "norm"
	case int64:
		return x == 0
	case float64:
		return x == 0
	}
	return false
}

// update sets the given columns of one row, writing one history row per
// column whose value changes, and bumps version, updated_at and
// updated_by when anything changed. It reports how many columns changed;
// a missing row is ErrNotFound.
func (t *tx) update(entity, id string, cols []col, o histOpts) (int, error) {
	table := entityTable[entity]
	if o.op == "" {
		o.op = "update"
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = quoteIdent(c.name)
	}
	cur := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range cur {
		ptrs[i] = &cur[i]
	}
	err := t.QueryRowContext(t.ctx, "SELECT "+strings.Join(names, ", ")+" FROM "+table+" WHERE id = ?", id).Scan(ptrs...)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%s %s: %w", entity, id, ErrNotFound)
	}
	if err != nil {
		return 0, err
	}
	var sets []string
	var args []any
	changed := 0
	for i, c := range cols {
		v := sqlValue(c.value)
		oldJSON, newJSON := jsonValue(cur[i]), jsonValue(v)
		if oldJSON == newJSON {
			continue
		}
		if err := t.history(entity, id, o.op, c.name, &oldJSON, newJSON, o.undoes); err != nil {
			return 0, err
		}
		sets = append(sets, names[i]+" = ?")
		args = append(args, v)
		changed++
		if entity == "claim" && c.name == "text" {
			sets = append(sets, "norm = ?")
			args = append(args, normKey(fmt.Sprint(v)))
		}
	}
	if len(sets) == 0 {
		return 0, nil
	}
	sets = append(sets, "updated_at = ?", "updated_by = ?", "version = version + 1")
	args = append(args, t.nowNS(), t.actor, id)
	if _, err := t.ExecContext(t.ctx, "UPDATE "+table+" SET "+strings.Join(sets, ", ")+" WHERE id = ?", args...); err != nil {
		return 0, fmt.Errorf("update %s: %w", entity, err)
	}
	return changed, nil
}

// history appends one change row. old is nil for an insert.
func (t *tx) history(entity, id, op, field string, old *string, newJSON, undoes string) error {
	var u any
	if undoes != "" {
		u = undoes
	}
	_, err := t.exec(`INSERT INTO history (id, grp, entity, entity_id, op, field, old, new, actor, at, undoes)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		newID(), t.group, entity, id, op, field, old, newJSON, t.actor, t.nowNS(), u)
	return err
}

// live returns ErrNotFound unless the row exists and is not in the trash.
func (t *tx) live(entity, id string) error {
	var deleted sql.NullInt64
	err := t.QueryRowContext(t.ctx, "SELECT deleted_at FROM "+entityTable[entity]+" WHERE id = ?", id).Scan(&deleted)
	if errors.Is(err, sql.ErrNoRows) || deleted.Valid {
		return fmt.Errorf("%s %s: %w", entity, id, ErrNotFound)
	}
	return err
}

// quoteIdent quotes a column name ("end" is a keyword).
func quoteIdent(name string) string { return `"` + name + `"` }

// sqlValue converts a Go value to what the column stores: integers as
// int64, booleans as 0 or 1, times as Unix nanoseconds (the zero time as
// NULL), string lists as JSON text.
func sqlValue(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case bool:
		if x {
			return int64(1)
		}
		return int64(0)
	case time.Time:
		if x.IsZero() {
			return nil
		}
		return x.UnixNano()
	case []string:
		if x == nil {
			x = []string{}
		}
		b, _ := json.Marshal(x)
		return string(b)
	case float32:
		return float64(x)
	}
	return v
}

// jsonValue encodes a stored value for the history.
func jsonValue(v any) string {
	if f, ok := v.(float64); ok && f == float64(int64(f)) {
		v = int64(f) // REAL columns read back whole numbers as floats
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

// decodeValue turns a history value back into a column value.
func decodeValue(s sql.NullString) (any, error) {
	if !s.Valid {
		return nil, nil
	}
	d := json.NewDecoder(strings.NewReader(s.String))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	if n, ok := v.(json.Number); ok {
		if i, err := n.Int64(); err == nil {
			return i, nil
		}
		return n.Float64()
	}
	return sqlValue(v), nil
}

// nsTime converts stored nanoseconds to a time, NULL to the zero time.
func nsTime(ns sql.NullInt64) time.Time {
	if !ns.Valid {
		return time.Time{}
	}
	return time.Unix(0, ns.Int64).UTC()
}
