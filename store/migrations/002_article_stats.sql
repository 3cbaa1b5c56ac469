-- factdesk schema, version 2: what the article list needs without reading
-- article rows (whose text spills over many pages) or counting claims.

-- The list reads only this index.
CREATE INDEX IF NOT EXISTS articles_list ON articles (created_at DESC, id DESC,
	title, outlet, url, published, language, status, hash, updated_at, updated_by, version, deleted_at);

-- Live claims and live reviewed claims per article, kept by triggers.
-- Derived data: no history, rebuilt from scratch by this script.
CREATE TABLE IF NOT EXISTS article_stats (
	article_id TEXT    PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	claims     INTEGER NOT NULL DEFAULT 0,
	reviewed   INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

DELETE FROM article_stats;
INSERT INTO article_stats (article_id, claims, reviewed)
	SELECT c.article_id, count(*), count(*) FILTER (WHERE r.verdict <> 'unreviewed')
	FROM claims c LEFT JOIN reviews r ON r.id = c.id
	WHERE c.deleted_at IS NULL GROUP BY c.article_id;

CREATE TRIGGER IF NOT EXISTS article_stats_claim_ai AFTER INSERT ON claims WHEN new.deleted_at IS NULL BEGIN
	INSERT INTO article_stats (article_id, claims) VALUES (new.article_id, 1)
		ON CONFLICT (article_id) DO UPDATE SET claims = claims + 1;
END;
CREATE TRIGGER IF NOT EXISTS article_stats_claim_trash AFTER UPDATE OF deleted_at ON claims
	WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
	INSERT INTO article_stats (article_id) VALUES (new.article_id) ON CONFLICT (article_id) DO NOTHING;
	UPDATE article_stats SET
		claims = claims + iif(new.deleted_at IS NULL, 1, -1),
		reviewed = reviewed + iif(new.deleted_at IS NULL, 1, -1) *
			(SELECT count(*) FROM reviews r WHERE r.id = new.id AND r.verdict <> 'unreviewed')
		WHERE article_id = new.article_id;
END;
CREATE TRIGGER IF NOT EXISTS article_stats_review_ai AFTER INSERT ON reviews WHEN new.verdict <> 'unreviewed' BEGIN
	UPDATE article_stats SET reviewed = reviewed + 1
		WHERE article_id = (SELECT article_id FROM claims WHERE id = new.id AND deleted_at IS NULL);
END;
CREATE TRIGGER IF NOT EXISTS article_stats_review_au AFTER UPDATE OF verdict ON reviews
	WHEN (old.verdict <> 'unreviewed') <> (new.verdict <> 'unreviewed') BEGIN
	UPDATE article_stats SET reviewed = reviewed + iif(new.verdict <> 'unreviewed', 1, -1)
		WHERE article_id = (SELECT article_id FROM claims WHERE id = new.id AND deleted_at IS NULL);
END;
