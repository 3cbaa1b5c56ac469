-- factdesk schema, version 4: index only reviews that have a note. Most
-- claims never get one, and every empty note cost a full-text row.
-- A review is in reviews_fts exactly when its note is not empty.
DROP TRIGGER IF EXISTS reviews_fts_ai;
DROP TRIGGER IF EXISTS reviews_fts_ad;
DROP TRIGGER IF EXISTS reviews_fts_au;
INSERT INTO reviews_fts (reviews_fts) VALUES ('delete-all');
INSERT INTO reviews_fts (rowid, note) SELECT n, note FROM reviews WHERE note <> '';

CREATE TRIGGER IF NOT EXISTS reviews_note_ai AFTER INSERT ON reviews WHEN new.note <> '' BEGIN
	INSERT INTO reviews_fts (rowid, note) VALUES (new.n, new.note);
END;
CREATE TRIGGER IF NOT EXISTS reviews_note_ad AFTER DELETE ON reviews WHEN old.note <> '' BEGIN
	INSERT INTO reviews_fts (reviews_fts, rowid, note) VALUES ('delete', old.n, old.note);
END;
CREATE TRIGGER IF NOT EXISTS reviews_note_au_old AFTER UPDATE OF note ON reviews WHEN old.note <> '' BEGIN
	INSERT INTO reviews_fts (reviews_fts, rowid, note) VALUES ('delete', old.n, old.note);
END;
CREATE TRIGGER IF NOT EXISTS reviews_note_au_new AFTER UPDATE OF note ON reviews WHEN new.note <> '' BEGIN
	INSERT INTO reviews_fts (rowid, note) VALUES (new.n, new.note);
END;
