package store

import (
	"context"
	"errors"
)

// Check verifies the file.
func (s *Store) Check(ctx context.Context) ([]Problem, error) {
	return nil, errors.New("check: not implemented yet")
}
