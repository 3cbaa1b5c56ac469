-- factdesk schema, version 1.
--
-- Every entity table has an integer rowid alias n (stable, used by the
-- full-text tables), a UUIDv7 id generated in Go, and the columns
-- updated_at, updated_by, version and deleted_at. Times are Unix
-- nanoseconds set in Go; deleted_at IS NULL means the row is live.
-- Every statement is safe to run twice.

CREATE TABLE IF NOT EXISTS articles (
	n          INTEGER PRIMARY KEY,
	id         TEXT    NOT NULL UNIQUE,
	hash       TEXT    NOT NULL,
	title      TEXT    NOT NULL DEFAULT '',
	outlet     TEXT    NOT NULL DEFAULT '',
	url        TEXT    NOT NULL DEFAULT '',
	published  TEXT    NOT NULL DEFAULT '',
	language   TEXT    NOT NULL DEFAULT '',
	status     TEXT    NOT NULL DEFAULT 'open',
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	updated_by TEXT    NOT NULL DEFAULT '',
	version    INTEGER NOT NULL DEFAULT 1,
	deleted_at INTEGER,
	text       TEXT    NOT NULL -- last, so that lists never read it
) STRICT;
CREATE INDEX IF NOT EXISTS articles_newest ON articles (created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (hash);

CREATE TABLE IF NOT EXISTS claims (
	n             INTEGER PRIMARY KEY,
	id            TEXT    NOT NULL UNIQUE,
	article_id    TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind          TEXT    NOT NULL,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	text          TEXT    NOT NULL,
	norm          TEXT    NOT NULL DEFAULT '', -- folded text, for "seen before"
	speaker       TEXT    NOT NULL DEFAULT '',
	cue           TEXT    NOT NULL DEFAULT '',
	according_to  TEXT    NOT NULL DEFAULT '',
	quote         TEXT    NOT NULL DEFAULT '',
	direct        INTEGER NOT NULL DEFAULT 0,
	person        TEXT    NOT NULL DEFAULT '',
	age           INTEGER NOT NULL DEFAULT 0,
	subject       TEXT    NOT NULL DEFAULT '',
	partner       TEXT    NOT NULL DEFAULT '',
	measure       TEXT    NOT NULL DEFAULT '',
	value         REAL    NOT NULL DEFAULT 0,
	unit          TEXT    NOT NULL DEFAULT '',
	score         REAL    NOT NULL DEFAULT 0,
	origin        TEXT    NOT NULL DEFAULT 'extracted',
	age_result    TEXT    NOT NULL DEFAULT '',
	age_expected  INTEGER NOT NULL DEFAULT 0,
	age_person_id TEXT    NOT NULL DEFAULT '',
	updated_at    INTEGER NOT NULL,
	updated_by    TEXT    NOT NULL DEFAULT '',
	version       INTEGER NOT NULL DEFAULT 1,
	deleted_at    INTEGER
) STRICT;
CREATE INDEX IF NOT EXISTS claims_by_article ON claims (article_id, start, kind);
CREATE INDEX IF NOT EXISTS claims_live ON claims (article_id, deleted_at, id);
CREATE INDEX IF NOT EXISTS claims_norm ON claims (norm);
CREATE INDEX IF NOT EXISTS claims_age ON claims (person) WHERE kind = 'age';

-- One review per claim; its id is the claim's id. Verdict and note are
-- separate columns so that two reviewers' changes merge field by field.
CREATE TABLE IF NOT EXISTS reviews (
	n           INTEGER PRIMARY KEY,
	id          TEXT    NOT NULL UNIQUE REFERENCES claims (id) ON DELETE CASCADE,
	verdict     TEXT    NOT NULL DEFAULT 'unreviewed',
	note        TEXT    NOT NULL DEFAULT '',
	reviewer    TEXT    NOT NULL DEFAULT '',
	reviewed_at INTEGER,
	updated_at  INTEGER NOT NULL,
	updated_by  TEXT    NOT NULL DEFAULT '',
	version     INTEGER NOT NULL DEFAULT 1,
	deleted_at  INTEGER
) STRICT;
CREATE INDEX IF NOT EXISTS reviews_verdict ON reviews (id, verdict);

CREATE TABLE IF NOT EXISTS sources (
	n          INTEGER PRIMARY KEY,
	id         TEXT    NOT NULL UNIQUE,
	claim_id   TEXT    NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	url        TEXT    NOT NULL DEFAULT '',
	title      TEXT    NOT NULL DEFAULT '',
	publisher  TEXT    NOT NULL DEFAULT '',
	accessed   TEXT    NOT NULL DEFAULT '',
	excerpt    TEXT    NOT NULL DEFAULT '',
	updated_at INTEGER NOT NULL,
	updated_by TEXT    NOT NULL DEFAULT '',
	version    INTEGER NOT NULL DEFAULT 1,
	deleted_at INTEGER
) STRICT;
CREATE INDEX IF NOT EXISTS sources_by_claim ON sources (claim_id, n);

-- Evidence files; at most one live row per source.
CREATE TABLE IF NOT EXISTS evidence (
	n          INTEGER PRIMARY KEY,
	id         TEXT    NOT NULL UNIQUE,
	source_id  TEXT    NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	sha256     TEXT    NOT NULL,
	name       TEXT    NOT NULL DEFAULT '',
	mime       TEXT    NOT NULL DEFAULT '',
	size       INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	updated_by TEXT    NOT NULL DEFAULT '',
	version    INTEGER NOT NULL DEFAULT 1,
	deleted_at INTEGER,
	data       BLOB    NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS evidence_by_source ON evidence (source_id, deleted_at);

CREATE TABLE IF NOT EXISTS people (
	n          INTEGER PRIMARY KEY,
	id         TEXT    NOT NULL UNIQUE,
	name       TEXT    NOT NULL,
	aliases    TEXT    NOT NULL DEFAULT '[]', -- JSON array of strings
	born       TEXT    NOT NULL DEFAULT '',
	updated_at INTEGER NOT NULL,
	updated_by TEXT    NOT NULL DEFAULT '',
	version    INTEGER NOT NULL DEFAULT 1,
	deleted_at INTEGER
) STRICT;

-- "Seen before": claim_id resembles the earlier, reviewed other_id.
-- Derived on import, so it has no history of its own.
CREATE TABLE IF NOT EXISTS claim_links (
	n          INTEGER PRIMARY KEY,
	id         TEXT    NOT NULL UNIQUE,
	claim_id   TEXT    NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	other_id   TEXT    NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	exact      INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	updated_by TEXT    NOT NULL DEFAULT '',
	version    INTEGER NOT NULL DEFAULT 1,
	deleted_at INTEGER,
	UNIQUE (claim_id, other_id)
) STRICT;
CREATE INDEX IF NOT EXISTS claim_links_other ON claim_links (other_id);

-- The append-only change log: audit trail, undo stack and merge outbox.
-- seq orders it locally; id identifies a row across files. undoes names
-- the group an "undo" row reverts; merged marks rows brought in by Merge.
CREATE TABLE IF NOT EXISTS history (
	seq       INTEGER PRIMARY KEY,
	id        TEXT    NOT NULL UNIQUE,
	grp       TEXT    NOT NULL,
	entity    TEXT    NOT NULL,
	entity_id TEXT    NOT NULL,
	op        TEXT    NOT NULL,
	field     TEXT    NOT NULL DEFAULT '',
	old       TEXT,
	new       TEXT,
	actor     TEXT    NOT NULL,
	at        INTEGER NOT NULL,
	undoes    TEXT,
	merged    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX IF NOT EXISTS history_by_entity ON history (entity_id, seq);
CREATE INDEX IF NOT EXISTS history_by_field ON history (entity_id, field, at);
CREATE INDEX IF NOT EXISTS history_by_group ON history (grp);
CREATE INDEX IF NOT EXISTS history_undoes ON history (undoes) WHERE undoes IS NOT NULL;

CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

-- Versions never decrease.
CREATE TRIGGER IF NOT EXISTS articles_version BEFORE UPDATE OF version ON articles WHEN new.version < old.version
BEGIN SELECT RAISE(ABORT, 'version may not decrease'); END;
CREATE TRIGGER IF NOT EXISTS claims_version BEFORE UPDATE OF version ON claims WHEN new.version < old.version
BEGIN SELECT RAISE(ABORT, 'version may not decrease'); END;
CREATE TRIGGER IF NOT EXISTS reviews_version BEFORE UPDATE OF version ON reviews WHEN new.version < old.version
BEGIN SELECT RAISE(ABORT, 'version may not decrease'); END;
CREATE TRIGGER IF NOT EXISTS sources_version BEFORE UPDATE OF version ON sources WHEN new.version < old.version
BEGIN SELECT RAISE(ABORT, 'version may not decrease'); END;
CREATE TRIGGER IF NOT EXISTS evidence_version BEFORE UPDATE OF version ON evidence WHEN new.version < old.version
BEGIN SELECT RAISE(ABORT, 'version may not decrease'); END;
CREATE TRIGGER IF NOT EXISTS people_version BEFORE UPDATE OF version ON people WHEN new.version < old.version
BEGIN SELECT RAISE(ABORT, 'version may not decrease'); END;

-- Full-text search. External-content tables over the rowid alias n, kept
-- in sync by triggers; unicode61 with remove_diacritics 2 folds case and
-- accents, so that "Prasident" finds "Präsident".
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
	title, text, content = 'articles', content_rowid = 'n',
	tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.n, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.n, new.title, new.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5 (
	text, content = 'claims', content_rowid = 'n',
	tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS claims_fts_ai AFTER INSERT ON claims BEGIN
	INSERT INTO claims_fts (rowid, text) VALUES (new.n, new.text);
END;
CREATE TRIGGER IF NOT EXISTS claims_fts_ad AFTER DELETE ON claims BEGIN
	INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.n, old.text);
END;
CREATE TRIGGER IF NOT EXISTS claims_fts_au AFTER UPDATE OF text ON claims BEGIN
	INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.n, old.text);
	INSERT INTO claims_fts (rowid, text) VALUES (new.n, new.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS reviews_fts USING fts5 (
	note, content = 'reviews', content_rowid = 'n',
	tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS reviews_fts_ai AFTER INSERT ON reviews BEGIN
	INSERT INTO reviews_fts (rowid, note) VALUES (new.n, new.note);
END;
CREATE TRIGGER IF NOT EXISTS reviews_fts_ad AFTER DELETE ON reviews BEGIN
	INSERT INTO reviews_fts (reviews_fts, rowid, note) VALUES ('delete', old.n, old.note);
END;
CREATE TRIGGER IF NOT EXISTS reviews_fts_au AFTER UPDATE OF note ON reviews BEGIN
	INSERT INTO reviews_fts (reviews_fts, rowid, note) VALUES ('delete', old.n, old.note);
	INSERT INTO reviews_fts (rowid, note) VALUES (new.n, new.note);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS sources_fts USING fts5 (
	title, url, excerpt, content = 'sources', content_rowid = 'n',
	tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS sources_fts_ai AFTER INSERT ON sources BEGIN
	INSERT INTO sources_fts (rowid, title, url, excerpt) VALUES (new.n, new.title, new.url, new.excerpt);
END;
CREATE TRIGGER IF NOT EXISTS sources_fts_ad AFTER DELETE ON sources BEGIN
	INSERT INTO sources_fts (sources_fts, rowid, title, url, excerpt) VALUES ('delete', old.n, old.title, old.url, old.excerpt);
END;
CREATE TRIGGER IF NOT EXISTS sources_fts_au AFTER UPDATE OF title, url, excerpt ON sources BEGIN
	INSERT INTO sources_fts (sources_fts, rowid, title, url, excerpt) VALUES ('delete', old.n, old.title, old.url, old.excerpt);
	INSERT INTO sources_fts (rowid, title, url, excerpt) VALUES (new.n, new.title, new.url, new.excerpt);
END;
