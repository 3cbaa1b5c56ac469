-- factdesk schema, version 3: drop indexes that cost more on every insert
-- than they save. The claim counts now come from article_stats, and an
-- entity's history is short enough to filter by field without an index.
DROP INDEX IF EXISTS claims_live;
DROP INDEX IF EXISTS history_by_field;
DROP INDEX IF EXISTS reviews_verdict;
