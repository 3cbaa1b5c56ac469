package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// terminal handles the terminal punctuation r (of size bytes) at i and
// decides whether the sentence ends after it. The terminal, any further
// terminals, closing quotes and brackets and a footnote mark form a cluster
// that stays with the sentence; the sentence ends after the cluster when it
// is not inside an open quote or bracket, white space follows, and the next
// word may open a sentence. A period also has to pass periodEnds.
func (s *Scanner) terminal(i int, r rune, size int) (next, end int) {
	src := s.src
	attached := i > s.start && !spaceBefore(src, i)
	j := i + size
	ellipsis := r == '…'
	switch r {
	case '.':
		if attached && isDigit(src[i-1]) && j < len(src) && isDigit(src[j]) {
			return j, -1 // 1.000, 14.30, 3.5
		}
		for j < len(src) && src[j] == '.' {
			j++
		}
		ellipsis = j-i > 1
		if !ellipsis && j+1 < len(src) && src[j] == ' ' && src[j+1] == '.' {
			k, dots := j, 1
			for k+1 < len(src) && src[k] == ' ' && src[k+1] == '.' {
				k += 2
				dots++
			}
			switch {
			case !attached && dots == 3:
				return k, -1 // ". . ." marks an omission
			case attached && dots >= 4 && s.depth == 0:
				// "word. . . . Next": the word ends one sentence, the
				// ellipsis opens the next.
				if n, nl, _, _ := scanSpace(src, k); n > k && (nl > 0 || s.startsSentence(n, false)) {
					return j + 1, j
				}
			}
			j, ellipsis, attached = k, true, true
		}
	case '!', '?':
		if !attached && j < len(src) && unicode.IsLetter(runeAtOr(src, j)) {
			return j, -1 // !Kung
		}
		for j < len(src) && (src[j] == '!' || src[j] == '?') {
			j++
		}
	}
	if ellipsis && !attached {
		return j, -1
	}
	if j < len(src) && !spaceAt(src, j) && !closesAt(src, j) && !isWideStop(r) {
		if r != '.' || ellipsis {
			return j, -1
		}
		return s.innerPeriod(i, j)
	}
	j, quoted := s.cluster(j)
	s.dropStale(i)
	if s.depth > 0 {
		return j, -1
	}
	if j >= len(src) {
		return j, j
	}
	if isWideStop(r) && !spaceAt(src, j) {
		return j, j
	}
	if !spaceAt(src, j) {
		return j, -1
	}
	k, newlines := j+1, 0
	if !(k < len(src) && src[j] == ' ' && ' ' < src[k] && src[k] < utf8.RuneSelf) {
		k, newlines, _, _ = scanSpace(src, j) // not the common case of one blank
	}
	if k >= len(src) || newlines > 0 {
		return k, j
	}
	if !s.startsSentence(k, quoted) {
		if r == '.' && !ellipsis && s.labelFollows(i, k) {
			return k, j
		}
		return j, -1
	}
	if r == '.' && !ellipsis && !s.periodEnds(i, k) {
		return j, -1
	}
	if r == '!' && bangNames[trimWord(src[s.wordStart(i):i])] {
		return j, -1
	}
	return k, j
}

// runeAtOr returns the rune at i, or utf8.RuneError at the end.
func runeAtOr(src string, i int) rune {
	r, _ := runeAt(src, i)
	return r
}

// closesAt reports whether the character at j may continue a terminal
// cluster: a closing quote or bracket, or a footnote reference.
func closesAt(src string, j int) bool {
	r, n := runeAt(src, j)
	switch {
	case r == ')' || r == ']':
		return true
	case r == '[':
		return footnote(src, j) > j
	case r == '"' || r == '\'' || isQuote(r):
		return boundaryAfter(src, j+n) && r != '„' && r != '‚'
	}
	return false
}

// cluster extends a terminal cluster from j over further terminals, closing
// quotes and brackets, and footnote references ("[1]"). It closes the
// enclosures it passes and reports whether a quote was among them.
func (s *Scanner) cluster(j int) (end int, quoted bool) {
	src := s.src
	for j < len(src) {
		c := src[j]
		if byteClass[c] == space {
			break // the common case
		}
		if c == '.' || c == '!' || c == '?' {
			j++
			continue
		}
		if c == '[' {
			k := footnote(src, j)
			if k == j {
				break
			}
			j = k
			continue
		}
		if !closesAt(src, j) {
			break
		}
		r, n := runeAt(src, j)
		family, _, _ := s.role(j, r, n)
		s.close(family, j)
		quoted = quoted || family <= single
		j += n
	}
	return j, quoted
}

// footnote returns the end of a footnote reference "[12]" or "[2–11]" at
// j, or j when there is none.
func footnote(src string, j int) int {
	k := j + 1
	for k < len(src) && k-j <= 12 {
		c := src[k]
		switch {
		case isDigit(c) || c == ',' || c == '-' || c == ' ':
			k++
		case c == ']':
			if k > j+1 {
				return k + 1
			}
			return j
		case c == 0xE2: // – en dash
			k += 3
		default:
			return j
		}
	}
	return j
}

// maxWord bounds the words the scanner looks into; longer tokens are
// addresses or garbage, and looking into them could make scanning quadratic.
const maxWord = 64

// innerPeriod decides on a period at i that is followed, at j, by something
// other than white space. It ends a sentence when a footnote number follows
// a word ("consultation.11 12 Take"), when a capitalised word follows a
// lower-case word directly ("world.Today", outside web and e-mail addresses),
// and when an opening quote follows ("it.'Well!").
func (s *Scanner) innerPeriod(i, j int) (next, end int) {
	src := s.src
	ws := s.wordStart(i)
	if i-ws > maxWord {
		return j, -1 // a long token: an address, a path, or garbage
	}
	before := runeBefore(src, i)
	after, n := runeAt(src, j)
	word := src[ws:i]
	switch {
	case isDigit(src[j]) && (unicode.IsLetter(before) || before == ')') && abbreviation(word) == 0:
		k := j
		for k < len(src) && isDigit(src[k]) && k-j < 3 {
			k++
		}
		if k < len(src) && !spaceAt(src, k) {
			return j, -1
		}
		for k+1 < len(src) && src[k] == ' ' && isDigit(src[k+1]) {
			m := k + 1
			for m < len(src) && isDigit(src[m]) && m-k <= 3 {
				m++
			}
			if m < len(src) && !spaceAt(src, m) || m-k > 3 {
				break
			}
			k = m
		}
		if m, newlines, _, _ := scanSpace(src, k); m >= len(src) || newlines > 0 || s.startsSentence(m, false) {
			return m, k
		}
		return k, -1
	case unicode.IsUpper(after) && (unicode.IsLower(before) || '0' <= before && before <= '9'):
		if r2 := runeAtOr(src, j+n); !unicode.IsLower(r2) || s.webAddress(ws, j) || abbreviation(word) != 0 {
			return j, -1
		}
		if strings.IndexByte(word, '.') >= 0 || len(trimWord(word)) < 2 {
			return j, -1
		}
		return j, j
	case after == '\'' || after == '"' || after == '‘' || after == '“' || after == '„':
		if s.depth == 0 && unicode.IsUpper(runeAtOr(src, j+n)) {
			return j, j
		}
	}
	return j, -1
}

// abbreviation returns the kinds of abbreviation word (ending before a
// period) is, or 0.
func abbreviation(word string) uint8 {
	return abbreviationKind(trimWord(word))
}

// abbreviationKind is abbreviation for a trimmed word.
func abbreviationKind(w string) uint8 {
	if w == "" || len(w) > maxAbbrev {
		return 0
	}
	return abbreviations.get(abbrevKey(w))
}

// webAddress reports whether the token from ws past j is a URL or an e-mail
// address ("www.example.Awesome.com", "Jane.Doe@example.com").
func (s *Scanner) webAddress(ws, j int) bool {
	src := s.src
	end := j
	for end < len(src) && end-j < 256 && !spaceAt(src, end) {
		end++
	}
	tok := src[ws:end]
	return strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") ||
		strings.IndexByte(tok, '@') >= 0
}

// startsSentence reports whether the text at k may open a sentence: a
// capital or a digit, an opening quote or bracket before one, a dash and a
// space before a capital ("? - Posted"), a bullet, or a list marker. After a
// closing quote an opening bracket counts only when it holds a sentence of
// its own and another sentence follows (see aside): "…!' (Which was true.)"
// at the end of a paragraph stays one sentence.
func (s *Scanner) startsSentence(k int, quoted bool) bool {
	src := s.src
	if k < len(src) && 'A' <= src[k] && src[k] <= 'Z' {
		return true // the common case
	}
	r, n := runeAt(src, k)
	switch {
	case n == 0:
		return false
	case unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r):
		return true
	case unicode.IsLower(r):
		return s.startsItem(k)
	case r == '(' || r == '[':
		if quoted {
			return r == '(' && s.aside(k)
		}
		r2 := runeAtOr(src, k+1)
		return unicode.IsUpper(r2) || unicode.IsDigit(r2) || s.startsItem(k)
	case r == '"' || r == '\'' || r == '`' || r == '„' || r == '“' || r == '‘' || r == '‚' || r == '«' || r == '»':
		r2 := runeAtOr(src, k+n)
		return unicode.IsUpper(r2) || unicode.IsDigit(r2)
	case isDash(r):
		if !spaceAt(src, k+n) {
			return false
		}
		return unicode.IsUpper(runeAtOr(src, k+n+1))
	case isBullet(r), r == '¿', r == '¡':
		return true
	}
	return false
}

// maxAside bounds how far aside looks for the closing bracket.
const maxAside = 400

// aside reports whether the bracket at k, after a closing quote, holds a
// sentence of its own that another sentence follows: a capital after the
// bracket, terminal punctuation before its closing mark, and after that
// white space and the start of a sentence ("…think!" (Dinah was the cat.)
// "I hope…"). A bracket without one ("„…“ (Foto: dpa) Die") and one that
// ends the paragraph stay with the quote.
func (s *Scanner) aside(k int) bool {
	src := s.src
	if !unicode.IsUpper(runeAtOr(src, k+1)) {
		return false
	}
	limit := min(len(src), k+maxAside)
	c := strings.IndexByte(src[k+1:limit], ')')
	if c < 0 {
		return false
	}
	c += k + 1
	switch src[c-1] {
	case '.', '!', '?':
	default:
		return false
	}
	n, newlines, _, _ := scanSpace(src, c+1)
	return n > c+1 && newlines == 0 && s.startsSentence(n, false)
}

// labelFollows reports whether the period at i ends the sentence although
// the word at k, in lower case, cannot open one: when that word is all that
// is left of its line and the word before the period is an ordinary word.
// Such a word is a menu label or a credit pasted after the sentence ("in the
// city. features\ncontact manager"), not the sentence going on; an
// abbreviation, initial or number before the period keeps it going
// ("ca. fünf\n", "p.m. today\n"). The word after the period is looked at
// first: it is the cheaper test, and it fails for nearly every call (a
// lower-case word after an abbreviation, with more words on the line).
func (s *Scanner) labelFollows(i, k int) bool {
	src := s.src
	e := letterEnd(src, k, maxWord+1)
	if e == k || e == len(src) || src[e] != '\n' || !unicode.IsLower(runeAtOr(src, k)) {
		return false // the common case: more words follow on the line
	}
	w := trimWord(src[s.wordStart(i):i])
	first, size := utf8.DecodeRuneInString(w)
	return len(w) > size && unicode.IsLetter(first) && abbreviation(w) == 0 &&
		strings.IndexByte(w, '.') < 0 && !address(w) && !(s.german && streetAbbreviation(w))
}

// periodEnds decides whether the period at i ends the sentence, given that
// the word at k could open the next one. It looks at the word before the
// period: abbreviations, initials, Roman numerals and German ordinals
// ("am 9. Februar") keep the sentence going; see the lexicons.
func (s *Scanner) periodEnds(i, k int) bool {
	ws, letters := s.letterWordBefore(i)
	if ws < 0 {
		ws = s.wordStart(i)
	} else if ordinaryWord(letters, s.german) {
		return true // the common case, decided without cutting out the word
	}
	return s.wordEnds(i, k, ws)
}

// wordEnds is periodEnds on the word from ws to the period at i.
func (s *Scanner) wordEnds(i, k, ws int) bool {
	src := s.src
	w := trimWord(src[ws:i])
	if w == "" || len(w) > maxWord || address(w) {
		return true // not a word, or an address: "presse@example.de."
	}
	if s.german && streetAbbreviation(w) {
		return false // Hauptstr. 5
	}
	if len(w) > maxAbbrev && !isDigit(w[0]) && strings.IndexByte(w, '.') < 0 {
		return true // the common case: a word longer than any abbreviation
	}
	// Only short words look at the word before: "z. B.", "am 9.".
	prev, hasPrev := "", false
	if len(w) <= 3 {
		prev, hasPrev = s.wordBefore(ws)
		if hasPrev && spacedAbbreviation(prev, w) {
			return false // z. B., u. a., d. h.
		}
	}
	kind := abbreviationKind(w)
	first, size := utf8.DecodeRuneInString(w)
	single := size == len(w) && unicode.IsLetter(first)
	switch {
	case kind&never != 0:
		return false
	case isDigit(src[k]):
		return kind == 0 && !single
	case kind&place != 0:
		return s.wordsAtLeast(ws, 3) && s.placeEnds(k)
	case kind&mayBe != 0:
		return starters[nextWord(src, k)]
	case single:
		if w == "I" {
			return starters[nextWord(src, k)] // "you and I. Did"
		}
		return false // an initial ("Jonas E. Smith", "Q. What") or "p.", "v."
	case isNumber(w):
		if !s.german {
			return true
		}
		next := nextWord(src, k)
		return !(months[next] || ordinalNouns[next] || len(w) <= 3 && hasPrev && ordinalCue(prev))
	case strings.IndexByte(w, '.') >= 0, isRoman(w):
		return starters[nextWord(src, k)] // "J.C. Penney", "Benedikt XVI. Er"
	}
	return true
}

// letterWordBefore returns where the word ending at i starts (see
// wordStart) and its letters, when it is letters only, ASCII or Latin-1 in
// two bytes, bare or followed by closing quotation marks or brackets (see
// quoteMarkBefore) and then also after opening ones; or -1 when it may be
// anything else. Finding the letters is cheaper than wordStart and
// trimWord, and most words before a period are such words.
func (s *Scanner) letterWordBefore(i int) (ws int, letters string) {
	src := s.src
	lo := max(s.start, i-maxWord-1) // as in wordStart
	end := i
	for n := quoteMarkBefore(src, lo, end); n > 0; n = quoteMarkBefore(src, lo, end) {
		end -= n
	}
	j := end
	for j > lo {
		if c := src[j-1]; isLetterByte(c) {
			j--
		} else if j-2 >= lo && src[j-2] == 0xC3 && 0x80 <= c && c <= 0xBF && c != 0x97 && c != 0xB7 { // not × ÷
			j -= 2
		} else {
			break
		}
	}
	letters = src[j:end]
	if end < i { // the opening marks of a word with closing ones
		for n := quoteMarkBefore(src, lo, j); n > 0; n = quoteMarkBefore(src, lo, j) {
			j -= n
		}
	}
	if j > lo && byteClass[src[j-1]] != space {
		return -1, ""
	}
	return j, letters
}

// quoteMarkBefore returns the length of the quotation mark or bracket that
// ends at i, not before lo, or 0: " ' ( ) „ “ ” ‚ ‘ ’.
func quoteMarkBefore(src string, lo, i int) int {
	if i <= lo || ')' < src[i-1] && src[i-1] < 0x98 {
		return 0 // the common case: a letter
	}
	switch src[i-1] {
	case '"', '\'', '(', ')':
		return 1
	case 0x98, 0x99, 0x9A, 0x9C, 0x9D, 0x9E:
		if i-3 >= lo && src[i-3] == 0xE2 && src[i-2] == 0x80 {
			return 3
		}
	}
	return 0
}

// ordinaryWord reports whether periodEnds lets a period after the word w of
// letters only end the sentence at once: it has more letters than any
// abbreviation, and it is no German street name.
func ordinaryWord(w string, german bool) bool {
	return len(w) > maxAbbrev && !(german && strings.HasSuffix(w, "str"))
}

// placeEnds decides on "U.S." or "p.m." before the capitalised word at k:
// the sentence goes on before a noun they commonly qualify ("U.S.
// Government") and before a name of several capitalised words ("U.S.
// Commerce Department"), and ends before a sentence opener, a title or any
// other word ("U.S. Millions attended").
func (s *Scanner) placeEnds(k int) bool {
	src := s.src
	next := nextWord(src, k)
	switch {
	case qualified[next]:
		return false
	case starters[next] || abbreviationKind(next)&never != 0:
		return true
	}
	j := k + len(next)
	for j < len(src) && j-k < maxWord && !spaceAt(src, j) {
		j++
	}
	j, newlines, _, _ := scanSpace(src, j)
	return newlines > 0 || !unicode.IsUpper(runeAtOr(src, j))
}

// spacedAbbreviation reports whether w and the word before it form an
// abbreviation written with a space, such as "z. B." or "u. a.".
func spacedAbbreviation(prev, w string) bool {
	if len(prev) != 2 || prev[1] != '.' || !isLetterByte(prev[0]) || len(w) > 2 {
		return false
	}
	return abbreviationKind(prev[:1]+"."+w)&never != 0
}

// streetAbbreviation reports whether w is a German street name shortened
// to "-str" ("Hauptstr", "Goethestr").
func streetAbbreviation(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "str") && unicode.IsUpper(runeAtOr(w, 0))
}

// address reports whether w is a web or e-mail address.
func address(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '@' || w[i] == '/' {
			return true
		}
	}
	return false
}
