-- factdesk schema, version 5: claims.norm holds a short key of the folded
-- text ("k" and 24 hex digits of its SHA-256) instead of the folded text
-- itself, which doubled every claim and its index. Open recomputes the
-- keys this clears.
UPDATE claims SET norm = '' WHERE length(norm) <> 25 OR norm NOT GLOB 'k[0-9a-f]*';
