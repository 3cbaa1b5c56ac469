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

// sourceCols lists a source's stored columns.
func sourceCols(src claims.Source) []col {
	return []col{
		{"claim_id", src.ClaimID}, {"url", src.URL}, {"title", src.Title}, {"publisher", src.Publisher},
		{"accessed", src.Accessed}, {"excerpt", src.Excerpt},
	}
}

// sourceSelect reads sources with their live evidence's metadata.
const sourceSelect = `SELECT s.id, s.claim_id, s.url, s.title, s.publisher, s.accessed, s.excerpt,
	s.updated_at, s.updated_by, s.version, s.deleted_at,
	coalesce(e.name, ''), coalesce(e.mime, ''), coalesce(e.sha256, ''), coalesce(e.size, 0)
	FROM sources s JOIN claims c ON c.id = s.claim_id
	LEFT JOIN evidence e ON e.source_id = s.id AND e.deleted_at IS NULL
	WHERE `

// fillSources loads the sources of the claims that where selects, those
// in the trash too when trashed is set, and attaches them to cs.
func fillSources(ctx context.Context, db queryer, cs []claims.Claim, trashed bool, where string, args ...any) error {
	if len(cs) == 0 {
		return nil
	}
	if !trashed {
		where = `s.deleted_at IS NULL AND ` + where
	}
	rows, err := db.QueryContext(ctx, sourceSelect+where+` ORDER BY s.n`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	byClaim := make(map[string][]claims.Source)
	for rows.Next() {
		var src claims.Source
		var updated, deleted sql.NullInt64
		if err := rows.Scan(&src.ID, &src.ClaimID, &src.URL, &src.Title, &src.Publisher, &src.Accessed, &src.Excerpt,
			&updated, &src.UpdatedBy, &src.Version, &deleted,
			&src.EvidenceName, &src.EvidenceType, &src.EvidenceSHA256, &src.EvidenceSize); err != nil {
			return err
		}
		src.UpdatedAt, src.DeletedAt = nsTime(updated), nsTime(deleted)
		byClaim[src.ClaimID] = append(byClaim[src.ClaimID], src)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i := range cs {
		cs[i].Sources = byClaim[cs[i].ID]
	}
	return nil
}

// validateSource checks what a reviewer typed for a source.
func validateSource(src claims.Source) error {
	if strings.TrimSpace(src.URL) == "" && strings.TrimSpace(src.Title) == "" {
		return errors.New("a source needs a URL or a title")
	}
	if src.Accessed != "" {
		if _, err := time.Parse(time.DateOnly, src.Accessed); err != nil {
			return fmt.Errorf("accessed date %q is not YYYY-MM-DD", src.Accessed)
		}
	}
	return nil
}

// AddSource cites a source for a claim. Accessed defaults to today.
func (s *Store) AddSource(ctx context.Context, claimID string, src claims.Source) (string, error) {
	if err := validateSource(src); err != nil {
		return "", fmt.Errorf("add source: %w", err)
	}
	src.ID, src.ClaimID = newID(), claimID
	err := s.write(ctx, "add source", func(t *tx) error {
		if err := t.live("claim", claimID); err != nil {
			return err
		}
		if src.Accessed == "" {
			src.Accessed = t.now.Format(time.DateOnly)
		}
		return t.insert("source", src.ID, sourceCols(src))
	})
	if err != nil {
		return "", err
	}
	return src.ID, nil
}

// UpdateSource changes a source's URL, title, publisher, accessed date and
// excerpt; an empty accessed date keeps the one on file.
func (s *Store) UpdateSource(ctx context.Context, src claims.Source) error {
	if err := validateSource(src); err != nil {
		return fmt.Errorf("update source: %w", err)
	}
	return s.write(ctx, "update source", func(t *tx) error {
		if err := t.live("source", src.ID); err != nil {
			return err
		}
		cols := []col{{"url", src.URL}, {"title", src.Title}, {"publisher", src.Publisher}, {"excerpt", src.Excerpt}}
		if src.Accessed != "" {
			cols = append(cols, col{"accessed", src.Accessed})
		}
		_, err := t.update("source", src.ID, cols, histOpts{})
		return err
	})
}

// RemoveSource moves a source to the trash.
func (s *Store) RemoveSource(ctx context.Context, id string) error {
	return s.write(ctx, "remove source", func(t *tx) error { return t.trash("source", id) })
}

// RestoreSource brings a removed source back from the trash. (An addition
// to the contract, so that the trash can restore every item it lists.)
func (s *Store) RestoreSource(ctx context.Context, id string) error {
	return s.write(ctx, "restore source", func(t *tx) error { return t.restore("source", id) })
}

// AttachEvidence stores a file as the evidence of a source, replacing
// (into the trash) the evidence it had.
func (s *Store) AttachEvidence(ctx context.Context, sourceID, name, mime string, data []byte) error {
	if len(data) == 0 {
		return errors.New("attach evidence: the file is empty")
	}
	sum := sha256.Sum256(data)
	return s.write(ctx, "attach evidence", func(t *tx) error {
		if err := t.live("source", sourceID); err != nil {
			return err
		}
		old, err := t.liveEvidence(sourceID)
		if err != nil {
			return err
		}
		if old != "" {
			if err := t.trash("evidence", old); err != nil {
				return err
			}
		}
		return t.insert("evidence", newID(), []col{
			{"source_id", sourceID}, {"sha256", hex.EncodeToString(sum[:])}, {"name", name},
			{"mime", mime}, {"size", int64(len(data))}, {"data", data},
		})
	})
}

// liveEvidence returns the ID of a source's live evidence, or "".
func (t *tx) liveEvidence(sourceID string) (string, error) {
	var id string
	err := t.QueryRowContext(t.ctx, `SELECT id FROM evidence WHERE source_id = ? AND deleted_at IS NULL`, sourceID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}

// Evidence returns the evidence file of a source; ErrNotFound when it has
// none.
func (s *Store) Evidence(ctx context.Context, sourceID string) (name, mime string, data []byte, err error) {
	var sum string
	err = s.ro.QueryRowContext(ctx, `SELECT name, mime, sha256, data FROM evidence
		WHERE source_id = ? AND deleted_at IS NULL`, sourceID).Scan(&name, &mime, &sum, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", nil, fmt.Errorf("evidence of source %s: %w", sourceID, ErrNotFound)
	}
	if err != nil {
		return "", "", nil, fmt.Errorf("evidence of source %s: %w", sourceID, err)
	}
	if got := sha256.Sum256(data); hex.EncodeToString(got[:]) != sum {
		return "", "", nil, fmt.Errorf("evidence of source %s: the stored file does not match its SHA-256", sourceID)
	}
	return name, mime, data, nil
}
