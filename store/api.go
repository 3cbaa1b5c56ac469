package store

import (
	"errors"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// Errors that callers tell apart. Every error Open returns for a file it
// refuses wraps one of the first four; the file is then left untouched.
var (
	// ErrNotDatabase: the file is not an SQLite database at all.
	ErrNotDatabase = errors.New("not an SQLite database")
	// ErrForeign: an SQLite database that belongs to another program.
	ErrForeign = errors.New("an SQLite database of another program, not a factdesk file")
	// ErrNewer: written by a newer factdesk (higher schema version).
	ErrNewer = errors.New("written by a newer version of factdesk")
	// ErrReadOnly: the file or its folder cannot be written.
	ErrReadOnly = errors.New("the database file cannot be written")
	// ErrNotFound: no row with that ID (or it is in the trash where that matters).
	ErrNotFound = errors.New("not found")
	// ErrNothingToUndo: the history holds no change that can be undone.
	ErrNothingToUndo = errors.New("nothing to undo")
)

// ArticleFilter selects articles for Articles. Zero values mean "any".
type ArticleFilter struct {
	Query          string        // full-text query over title, text, claims, notes, sources
	Status         claims.Status // only articles with this status
	From, To       string        // published date range, YYYY-MM-DD, inclusive
	IncludeDeleted bool          // also list articles in the trash
	Limit          int           // 0 = no limit
}

// ArticleSummary is one row of the article list: the article without its
// text, and its claim counts.
type ArticleSummary struct {
	claims.Article     // Text is left empty
	Claims         int // live claims
	Reviewed       int // live claims with a verdict other than unreviewed
}

// ClaimFilter selects an article's claims for Claims. Zero values mean "any".
type ClaimFilter struct {
	Kind           claims.Kind    // only this kind
	Verdict        claims.Verdict // only this verdict
	Unreviewed     bool           // only claims without a verdict
	IncludeDeleted bool           // also claims in the trash, and sources in the trash
}

// ClaimUpdate changes a claim's own fields; nil pointers leave a field as it is.
type ClaimUpdate struct {
	Text    *string
	Kind    *claims.Kind
	Speaker *string
	Start   *int
	End     *int
}

// ImportResult tells what ImportArticle did.
type ImportResult struct {
	ArticleID  string
	Existing   bool // the same text was already in the file; nothing was added
	Claims     int  // claims stored for the article
	SeenBefore int  // claims linked to earlier reviewed claims
}

// Match is an earlier reviewed claim that resembles a claim being reviewed.
type Match struct {
	Claim        claims.Claim // with review and sources
	ArticleTitle string
	Exact        bool // same normalised text; otherwise close by full-text rank
}

// Change is one row of the append-only history.
type Change struct {
	Seq      int64
	Group    string // changes made in one transaction share a group; undo reverts a group
	At       time.Time
	Actor    string
	Entity   string // "article", "claim", "review", "source", "person"
	EntityID string
	Op       string // "insert", "update", "delete", "restore", "undo", "merge"
	Field    string // the changed field, "" for whole-row operations
	Old, New string // JSON-encoded values
}

// TrashItem is an article, claim or source in the trash.
type TrashItem struct {
	Entity    string // "article", "claim", "source"
	ID        string
	Label     string // title or claim text, for display
	DeletedAt time.Time
}

// Hit is one full-text search result.
type Hit struct {
	ArticleID string
	ClaimID   string // "" when the hit is in the article itself
	Field     string // "text", "title", "claim", "note", "source"
	Snippet   string // the matching passage with the match marked by [ and ]
}

// MergeReport summarises a Merge.
type MergeReport struct {
	Articles, Claims, Reviews, Sources, People, History int // rows added or updated
	Conflicts                                           []Conflict
}

// Conflict is a field that both files changed; the later change won.
type Conflict struct {
	Entity, EntityID, Field string
	Kept, Lost              string // JSON-encoded values
	KeptAt, LostAt          time.Time
}

// Problem is one finding of Check.
type Problem struct {
	Check  string // "integrity_check", "foreign_key_check", "span", "counts", "history", "fts"
	Detail string
}
