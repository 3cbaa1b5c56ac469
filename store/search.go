package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minPrefix is the length from which a query word also matches longer
// words: "Präs" finds "Präsident", while "P" as a prefix would match half
// the file as someone starts typing.
const minPrefix = 3

// matchQuery turns what a user typed into an FTS5 query: every word must
// occur, as a prefix if it has minPrefix letters or more, in one of its
// possible spellings (see spellings).
// Quoting each word keeps FTS5 syntax out of the user's hands. It returns
// "" when the text holds no word.
func matchQuery(text string) string {
	var terms []string
	for _, w := range words(text) {
		star := "*"
		if utf8.RuneCountInString(w) < minPrefix {
			star = ""
		}
		var alts []string
		for _, sp := range spellings(w) {
			alts = append(alts, `"`+sp+`"`+star)
		}
		terms = append(terms, "("+strings.Join(alts, " OR ")+")")
	}
	return strings.Join(terms, " AND ")
}

// matchingArticles selects the IDs of articles whose title or text, or
// whose live claims, notes or sources match; it takes the match query
// four times.
const matchingArticles = `
	SELECT x.id FROM articles_fts JOIN articles x ON x.n = articles_fts.rowid WHERE articles_fts MATCH ?
	UNION SELECT x.article_id FROM claims_fts JOIN claims x ON x.n = claims_fts.rowid
		WHERE claims_fts MATCH ? AND x.deleted_at IS NULL
	UNION SELECT x.article_id FROM reviews_fts JOIN reviews r ON r.n = reviews_fts.rowid JOIN claims x ON x.id = r.id
		WHERE reviews_fts MATCH ? AND x.deleted_at IS NULL
	UNION SELECT x.article_id FROM sources_fts JOIN sources s ON s.n = sources_fts.rowid JOIN claims x ON x.id = s.claim_id
		WHERE sources_fts MATCH ? AND s.deleted_at IS NULL AND x.deleted_at IS NULL`

// searchTable is one place Search looks, in the order of importance.
type searchTable struct {
	field string // the Hit field
	// column restricts the match to one column of the FTS table, or "".
	column string
	// find selects, newest first, the rowid, article ID and claim ID of
	// live matches; it takes the match query and a limit.
	find string
	// load selects the indexed text of the row with rowid ?.
	load string
}

var searchTables = []searchTable{
	{"title", "title", `SELECT f.rowid, a.id, '' FROM articles_fts f JOIN articles a ON a.n = f.rowid
		WHERE articles_fts MATCH ? AND a.deleted_at IS NULL ORDER BY f.rowid DESC LIMIT ?`,
		`SELECT title FROM articles WHERE n = ?`},
	{"claim", "", `SELECT f.rowid, c.article_id, c.id
		FROM claims_fts f JOIN claims c ON c.n = f.rowid JOIN articles a ON a.id = c.article_id
		WHERE claims_fts MATCH ? AND c.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY f.rowid DESC LIMIT ?`,
		`SELECT text FROM claims WHERE n = ?`},
	{"note", "", `SELECT f.rowid, c.article_id, c.id
		FROM reviews_fts f JOIN reviews r ON r.n = f.rowid JOIN claims c ON c.id = r.id JOIN articles a ON a.id = c.article_id
		WHERE reviews_fts MATCH ? AND c.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY f.rowid DESC LIMIT ?`,
		`SELECT note FROM reviews WHERE n = ?`},
	{"source", "", `SELECT f.rowid, c.article_id, c.id
		FROM sources_fts f JOIN sources s ON s.n = f.rowid JOIN claims c ON c.id = s.claim_id JOIN articles a ON a.id = c.article_id
		WHERE sources_fts MATCH ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL AND a.deleted_at IS NULL
		ORDER BY f.rowid DESC LIMIT ?`,
		`SELECT title || ' · ' || url || ' · ' || excerpt FROM sources WHERE n = ?`},
	{"text", "text", `SELECT f.rowid, a.id, '' FROM articles_fts f JOIN articles a ON a.n = f.rowid
		WHERE articles_fts MATCH ? AND a.deleted_at IS NULL ORDER BY f.rowid DESC LIMIT ?`,
		`SELECT text FROM articles WHERE n = ?`},
}

// Search finds query in article titles, claims, notes, sources and
// article texts, at most limit hits (0 means 50): title hits first, then
// claims, notes, sources and texts, each newest first. (FTS5's bm25 rank
// would have to read every match of every word to weigh it; in a file of
// 50,000 claims that alone costs more than a search box may take.) Case
// and diacritics are folded, and "ae", "oe", "ue" and "ss" also find ä,
// ö, ü and ß, so "Prasident", "Praesident" and "präsident" all find
// "Präsident". Every word must match, as a word prefix.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 50
	}
	m := matchQuery(query)
	if m == "" {
		return nil, nil
	}
	terms := snippetTerms(query)
	var out []Hit
	for i := range searchTables {
		st := &searchTables[i]
		if len(out) >= limit {
			break
		}
		match := m
		if st.column != "" {
			match = "{" + st.column + "} : (" + m + ")"
		}
		rows, err := s.ro.QueryContext(ctx, st.find, match, limit-len(out))
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		var rowids []int64
		for rows.Next() {
			h := Hit{Field: st.field}
			var rowid int64
			if err := rows.Scan(&rowid, &h.ArticleID, &h.ClaimID); err != nil {
				rows.Close()
				return nil, fmt.Errorf("search %q: %w", query, err)
			}
			out, rowids = append(out, h), append(rowids, rowid)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		first := len(out) - len(rowids)
		for j, rowid := range rowids {
			var text string
			if err := s.ro.QueryRowContext(ctx, st.load, rowid).Scan(&text); err != nil {
				return nil, fmt.Errorf("search %q: %w", query, err)
			}
			out[first+j].Snippet, _ = markMatches(text, terms)
		}
	}
	return out, nil
}

// snippetWords is how many words a snippet shows before and after the
// first match.
const snippetWords = 6

// markMatches returns the passage of text around the first word that
// matches one of the spellings of any term (as a prefix from minPrefix
// letters on, as matchQuery does), every such word in it marked by [
// and ], and whether there was a match.
func markMatches(text string, terms [][]string) (string, bool) {
	type word struct{ start, end int }
	var ws []word
	first := -1
	inWord := false
	for i, r := range text {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case letter && !inWord:
			ws = append(ws, word{start: i})
		case !letter && inWord:
			ws[len(ws)-1].end = i
		}
		inWord = letter
	}
	if inWord {
		ws[len(ws)-1].end = len(text)
	}
	matches := func(w word) bool {
		folded := foldLetters.Replace(strings.ToLower(text[w.start:w.end]))
		for _, alts := range terms {
			for _, p := range alts {
				if folded == p || utf8.RuneCountInString(p) >= minPrefix && strings.HasPrefix(folded, p) {
					return true
				}
			}
		}
		return false
	}
	for i, w := range ws {
		if matches(w) {
			first = i
			break
		}
	}
	if first < 0 {
		return "", false
	}
	from, to := max(0, first-snippetWords), min(len(ws)-1, first+2*snippetWords)
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	pos := ws[from].start
	for _, w := range ws[from : to+1] {
		b.WriteString(text[pos:w.start])
		if matches(w) {
			b.WriteString("[" + text[w.start:w.end] + "]")
		} else {
			b.WriteString(text[w.start:w.end])
		}
		pos = w.end
	}
	if to < len(ws)-1 {
		b.WriteString("…")
	} else {
		b.WriteString(text[pos:])
	}
	return b.String(), true
}

// snippetTerms returns, for each word of a query, the folded prefixes
// that markMatches looks for.
func snippetTerms(query string) [][]string {
	var out [][]string
	for _, w := range words(query) {
		var alts []string
		for _, sp := range spellings(w) {
			alts = append(alts, foldLetters.Replace(sp))
		}
		out = append(out, alts)
	}
	return out
}
