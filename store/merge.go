package store

import (
	"context"
	"errors"
)

// Merge brings in another factdesk file's changes.
func (s *Store) Merge(ctx context.Context, otherPath string) (MergeReport, error) {
	return MergeReport{}, errors.New("merge: not implemented yet")
}
