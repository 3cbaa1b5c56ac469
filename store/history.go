package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// History returns the newest changes first: of one entity, or of the whole
// file when entityID is "". limit <= 0 means no limit.
func (s *Store) History(ctx context.Context, entityID string, limit int) ([]Change, error) {
	q := `SELECT seq, grp, at, actor, entity, entity_id, op, field, coalesce(old, ''), coalesce(new, '') FROM history`
	var args []any
	if entityID != "" {
		q += ` WHERE entity_id = ?`
		args = append(args, entityID)
	}
	q += ` ORDER BY seq DESC`
	if limit > 0 {
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := s.ro.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		var at sql.NullInt64
		if err := rows.Scan(&c.Seq, &c.Group, &at, &c.Actor, &c.Entity, &c.EntityID, &c.Op, &c.Field, &c.Old, &c.New); err != nil {
			return nil, fmt.Errorf("history: %w", err)
		}
		c.At = nsTime(at)
		out = append(out, c)
	}
	return out, rows.Err()
}

// undoable selects the newest change group made in this file that is
// neither an undo, a purge nor a merge, and has not been undone.
const undoable = `SELECT grp FROM history h
	WHERE merged = 0 AND op NOT IN ('undo', 'purge', 'merge')
	AND NOT EXISTS (SELECT 1 FROM history u WHERE u.undoes = h.grp)
	ORDER BY seq DESC LIMIT 1`

// Undo reverts the newest change group not yet undone, whoever made it,
// writing "undo" history rows, and returns the group's first change. An
// insert is undone by moving the row to the trash.
func (s *Store) Undo(ctx context.Context) (Change, error) {
	var first Change
	err := s.write(ctx, "undo", func(t *tx) error {
		var grp string
		err := t.QueryRowContext(t.ctx, undoable).Scan(&grp)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNothingToUndo
		}
		if err != nil {
			return err
		}
		changes, err := t.groupChanges(grp)
		if err != nil {
			return err
		}
		first = changes[0]
		for i := len(changes) - 1; i >= 0; i-- {
			if err := t.revert(changes[i]); err != nil {
				return err
			}
		}
		return nil
	})
	return first, err
}

// groupChanges loads the rows of one change group in order.
func (t *tx) groupChanges(grp string) ([]Change, error) {
	rows, err := t.QueryContext(t.ctx, `SELECT seq, grp, at, actor, entity, entity_id, op, field, coalesce(old, 'null'), coalesce(new, '')
		FROM history WHERE grp = ? ORDER BY seq`, grp)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		var at sql.NullInt64
		if err := rows.Scan(&c.Seq, &c.Group, &at, &c.Actor, &c.Entity, &c.EntityID, &c.Op, &c.Field, &c.Old, &c.New); err != nil {
			return nil, err
		}
		c.At = nsTime(at)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, ErrNothingToUndo
	}
	return out, nil
}

// revert undoes one change: a field gets its old value back, an inserted
// row goes to the trash. Rows purged since are skipped.
func (t *tx) revert(c Change) error {
	if _, ok := entityTable[c.Entity]; !ok {
		return nil
	}
	var cols []col
	switch {
	case c.Field != "":
		v, err := decodeValue(sql.NullString{String: c.Old, Valid: true})
		if err != nil {
			return fmt.Errorf("undo %s %s %s: %w", c.Entity, c.EntityID, c.Field, err)
		}
		cols = []col{{c.Field, v}}
	case c.Op == "insert":
		cols = []col{{"deleted_at", t.now}}
	default:
		return nil
	}
	_, err := t.update(c.Entity, c.EntityID, cols, histOpts{op: "undo", undoes: c.Group})
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	return err
}

// Trash lists the articles, claims and sources in the trash, newest first.
// Claims of trashed articles and sources of trashed claims are not listed
// on their own: they come back with their parent.
func (s *Store) Trash(ctx context.Context) ([]TrashItem, error) {
	rows, err := s.ro.QueryContext(ctx, `
		SELECT 'article', id, title, deleted_at FROM articles WHERE deleted_at IS NOT NULL
		UNION ALL
		SELECT 'claim', c.id, c.text, c.deleted_at FROM claims c JOIN articles a ON a.id = c.article_id
			WHERE c.deleted_at IS NOT NULL AND a.deleted_at IS NULL
		UNION ALL
		SELECT 'source', s.id, CASE WHEN s.title <> '' THEN s.title ELSE s.url END, s.deleted_at FROM sources s
			JOIN claims c ON c.id = s.claim_id JOIN articles a ON a.id = c.article_id
			WHERE s.deleted_at IS NOT NULL AND c.deleted_at IS NULL AND a.deleted_at IS NULL
		ORDER BY 4 DESC, 2 DESC`)
	if err != nil {
		return nil, fmt.Errorf("trash: %w", err)
	}
	defer rows.Close()
	var out []TrashItem
	for rows.Next() {
		var it TrashItem
		var at sql.NullInt64
		if err := rows.Scan(&it.Entity, &it.ID, &it.Label, &at); err != nil {
			return nil, fmt.Errorf("trash: %w", err)
		}
		it.DeletedAt = nsTime(at)
		out = append(out, it)
	}
	return out, rows.Err()
}

// purgeOrder lists the tables EmptyTrash clears, children first.
var purgeOrder = []string{"evidence", "source", "claim", "article", "person"}

// EmptyTrash deletes for good every row in the trash, and with it the
// rows that belong to it (the claims of an article, the sources of a
// claim). It is the only hard delete; each purged row gets a "purge"
// history row, which Undo does not revert. It returns the number of
// trashed rows removed.
func (s *Store) EmptyTrash(ctx context.Context) (int, error) {
	n := 0
	err := s.write(ctx, "empty trash", func(t *tx) error {
		for _, entity := range purgeOrder {
			table := entityTable[entity]
			rows, err := t.QueryContext(t.ctx, `SELECT id FROM `+table+` WHERE deleted_at IS NOT NULL`)
			if err != nil {
				return err
			}
			var ids []string
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return err
				}
				ids = append(ids, id)
			}
			rows.Close()
			for _, id := range ids {
				if err := t.history(entity, id, "purge", "", nil, "null", ""); err != nil {
					return err
				}
				if _, err := t.exec(`DELETE FROM `+table+` WHERE id = ?`, id); err != nil {
					return err
				}
			}
			n += len(ids)
		}
		return nil
	})
	return n, err
}
