// Package store keeps factdesk's data in one SQLite file: articles, their
// claims, reviews, sources with evidence, people, and an append-only
// history that is at once the audit trail, the undo stack and the outbox
// for merging files.
//
// The layout follows benbjohnson/wtf's sqlite package: every public method
// opens one transaction, stamps the clock and the actor once, calls
// lowercase helpers taking *tx, and commits together with its history
// rows. As in ErikKalkoken/evebuddy, one writer connection (immediate
// transactions) stands beside a pool of read-only connections, and as in
// zombiezen's sqlitemigration, PRAGMA application_id marks the file and
// PRAGMA user_version counts the embedded migrations.
//
// IDs are UUIDv7 and times are set in Go, never by SQL, so that files from
// several reviewers merge by ID and a later move to a replicated SQLite
// keeps working. Times are stored as Unix nanoseconds.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

const driverName = "sqlite"

// readPoolSize is the number of read-only connections.
const readPoolSize = 4

// Store is an open factdesk file. It is safe for concurrent use.
type Store struct {
	path string
	db   *sql.DB // the single writer
	ro   *sql.DB // read-only pool

	mu    sync.Mutex
	actor string
	now   func() time.Time

	background sync.WaitGroup // checkpoints started by Merge
}

// Open opens the factdesk file at path, creating it when it does not
// exist (an empty file counts as a new database too) and bringing its
// schema up to date. It refuses, leaving the file exactly as it was, a
// file that is not SQLite (ErrNotDatabase), that belongs to another
// program (ErrForeign), that a newer factdesk wrote (ErrNewer) or that
// cannot be written (ErrReadOnly). A second process may open the same
// file; its writes wait for the other's instead of failing.
func Open(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	info, err := probe(abs)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	s := &Store{path: abs, actor: "unknown", now: time.Now}
	s.db, err = sql.Open(driverName, writeDSN(abs))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	s.db.SetMaxOpenConns(1)
	s.db.SetConnMaxIdleTime(0)
	// The writer's first connection switches a new file to WAL.
	if err := retryBusy(ctx, func() error { return s.db.PingContext(ctx) }); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	if err := s.migrate(ctx, info); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	s.ro, err = sql.Open(driverName, readDSN(abs))
	if err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	s.ro.SetMaxOpenConns(readPoolSize)
	return s, nil
}

// writeDSN is the data source name of the writer: immediate transactions,
// foreign keys, a 10 s busy timeout, WAL and full fsync on commit.
// Statement journals and other temporary data stay in memory: a bulk
// statement such as Merge's copies would otherwise spill them to a
// temporary file.
func writeDSN(path string) string {
	q := url.Values{}
	q.Set("_txlock", "immediate")
	q["_pragma"] = []string{"foreign_keys(1)", "busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)",
		"journal_size_limit(67108864)", // a big merge leaves at most 64 MB of -wal behind
		"temp_store(2)"}
	return fileURI(path, q)
}

// readDSN is the data source name of the read-only pool.
func readDSN(path string) string {
	q := url.Values{}
	q.Set("mode", "ro")
	q["_pragma"] = []string{"foreign_keys(1)", "busy_timeout(10000)", "query_only(1)"}
	return fileURI(path, q)
}

// fileURI builds an SQLite "file:" URI, escaping characters such as '?'
// and '%' in the path.
func fileURI(path string, q url.Values) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path), OmitHost: true, RawQuery: q.Encode()}
	return u.String()
}

// Close waits for a running background checkpoint and closes the file.
func (s *Store) Close() error {
	s.background.Wait()
	err := s.ro.Close()
	if werr := s.db.Close(); err == nil {
		err = werr
	}
	return err
}

// Path returns the absolute path of the open file.
func (s *Store) Path() string { return s.path }

// SetActor sets the reviewer name stamped on every later change; ""
// means "unknown".
func (s *Store) SetActor(name string) {
	if name == "" {
		name = "unknown"
	}
	s.mu.Lock()
	s.actor = name
	s.mu.Unlock()
}

// SetClock replaces the clock, for tests; nil restores time.Now.
func (s *Store) SetClock(now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	s.mu.Lock()
	s.now = now
	s.mu.Unlock()
}

// stamp returns the actor and the current time.
func (s *Store) stamp() (string, time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.actor, s.now()
}

// checkpointLater copies the write-ahead log into the database file in
// the background, on a connection of its own, after a transaction too
// large to checkpoint while the caller waits. The data is safe before:
// committed and fsynced in the -wal file. A PASSIVE checkpoint blocks
// neither readers nor the writer; if it fails, the next automatic
// checkpoint or Close does the work.
func (s *Store) checkpointLater() {
	s.background.Add(1)
	go func() {
		defer s.background.Done()
		db, err := sql.Open(driverName, writeDSN(s.path))
		if err != nil {
			return
		}
		defer db.Close()
		db.Exec(`PRAGMA wal_checkpoint(PASSIVE)`)
	}()
}
