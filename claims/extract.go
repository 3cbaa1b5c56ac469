package claims

import (
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode/utf8"
	"unsafe"

	"github.com/factdesk/factdesk/claims/internal/swar"
	"github.com/factdesk/factdesk/claims/sentence"
)

// Extract splits text into sentences and finds the claims in them, following
// CLAIMS.md: attributions (direct and reported speech), ages, trade facts,
// numbers and other facts, each with a span into text, a text that reads
// alone and a check-worthiness score. Passages that hold no claim
// (boilerplate, headings, questions, opinion) are listed in Skipped.
//
// Extract expects text as Normalize returns it but works on any string: it
// never panics, keeps every span inside text and, for text that is not valid
// UTF-8, treats the bad bytes as letters and says so in Warnings. It runs in
// one pass over the sentences, in time linear in len(text).
func Extract(text string, opts Options) Extraction {
	x := newExtractor(text, opts)
	x.run()
	return x.out
}

// extractor holds the state of one Extract call.
type extractor struct {
	text string
	low  string // text lower-cased byte for byte, same offsets
	lang string
	lex  *lexicon
	out  Extraction

	sents  []Span
	quotes []Span // paired outer quotations, from opening to closing mark
	qcur   int    // index of the first quotation that may hold the next unit's end
	qprep  int    // index of the first quotation that ends after the current passage's start
	cues   []cue
	quant  []quantity
	pass   passage // reused for every unit

	people      []*person          // people the article has named so far
	parts       partFilter         // the words of their names
	byPart      map[string]*person // each word of their names: the person named latest with it
	lastSpeaker string             // speaker of the latest attribution
	lastSubject string             // the noun phrase that opened the latest passage
	subj        subject            // what lastSubject was made of
	lastAttr    int                // index of the unit that held the latest attribution, -1 for none
	lastSkip    SkipReason
	lastSkipEnd int
	unit        int // index of the current unit
	// the index in out.Claims of the first claim of the previous unit and
	// of the current one: a unit may take over its predecessor's claim
	// ("… . Dies bestätigte der Verein.")
	prevFirst, curFirst int

	chunk []byte // the chunk claim texts are being built in, see cat

	// scratch buffers, reused from call to call
	descBuf, foundBuf, roleBuf []string
	ages                       []ageClaim // the passage's age claims, added last
}

func newExtractor(text string, opts Options) *extractor {
	lang := opts.Language
	if lang != "de" && lang != "en" {
		lang = DetectLanguage(text)
	}
	low, valid := lowerSameLength(text)
	x := &extractor{
		text:     text,
		low:      low,
		lang:     lang,
		lex:      lexiconFor(lang),
		lastAttr: -1,
	}
	x.out.Language = lang
	x.out.Sentences = []Span{}
	if !valid {
		x.out.Warnings = append(x.out.Warnings, "text is not valid UTF-8; bad bytes were read as letters")
	}
	return x
}

func (x *extractor) run() {
	x.sents = x.sentences()
	x.out.Sentences = x.sents
	// headings, boilerplate and questions: up to one sentence in three
	x.out.Skipped = make([]Skipped, 0, len(x.sents)/3+4)
	// about one claim per sentence: news sentences hold one or two, while
	// headings and boilerplate hold none. The slice is zeroed and scanned
	// by the GC in full, so it is not sized generously; but real news
	// comes out at about one claim per sentence exactly (8,126 for 8,116
	// sentences in a megabyte of German Wikinews), where a slice of one
	// per sentence would be grown, and all its claims copied, at the very
	// end: an eighth more covers the spread.
	x.out.Claims = make([]Found, 0, len(x.sents)+len(x.sents)/8+4)
	x.quotes = pairQuotes(x.text, x.lang == "en")
	for i := 0; i < len(x.sents); {
		j := x.unitEnd(i)
		first := len(x.out.Claims)
		x.prevFirst, x.curFirst = x.curFirst, first
		x.passage(x.sents[i].Start, x.sents[j-1].End)
		// passages come in text order, so sorting each one's claims keeps
		// the whole list ordered by start, then kind (a Claim is large:
		// most passages need no moves)
		if cs := x.out.Claims[first:]; !slices.IsSortedFunc(cs, claimOrder) {
			slices.SortStableFunc(cs, claimOrder)
		}
		x.unit++
		i = j
	}
}

// sentences returns the sentence spans of the text, repaired so that they are
// inside the text, in order and not overlapping whatever the splitter returns.
// They are repaired in the splitter's slice, which nothing else holds, and
// handed on without a copy: the two span types have the same fields, which
// the conversion below checks at compile time.
func (x *extractor) sentences() []Span {
	raw := sentence.Split(x.text, x.lang)
	out := raw[:0]
	prev := 0
	for _, s := range raw {
		start, end := max(s.Start, prev), min(s.End, len(x.text))
		if start >= end {
			continue
		}
		out = append(out, sentence.Span{Start: start, End: end})
		prev = end
	}
	return unsafe.Slice((*Span)(unsafe.Pointer(unsafe.SliceData(out))), len(out))
}

// This compiles only while Span and sentence.Span have the same fields.
var _ = Span(sentence.Span{})

// unitEnd returns the index after the last sentence of the passage that
// starts with sentence i: sentences are joined while a quotation runs on
// across their boundary. It is called for sentences in order, so the
// quotation cursor only moves forward.
func (x *extractor) unitEnd(i int) int {
	j := i + 1
	for j < len(x.sents) {
		end := x.sents[j-1].End
		q, ok := x.quoteAt(end)
		if !ok || q.End <= end || q.Start >= end {
			break
		}
		j++
	}
	return j
}

// quoteAt returns the quotation that contains offset off, if any; off must
// not decrease from one call to the next.
func (x *extractor) quoteAt(off int) (Span, bool) {
	for x.qcur < len(x.quotes) && x.quotes[x.qcur].End <= off {
		x.qcur++
	}
	if x.qcur < len(x.quotes) && x.quotes[x.qcur].Start <= off {
		return x.quotes[x.qcur], true
	}
	return Span{}, false
}

// passage handles one unit: skips it with a reason or extracts its claims.
func (x *extractor) passage(start, end int) {
	if l := x.linkLabel(start, end); l > start {
		x.skip(start, l, SkipBoilerplate)
		start = skipSpace(x.text, l, end)
		if start >= end {
			return
		}
	}
	p := &x.pass
	if p.x != x {
		p.x, p.text, p.low, p.en = x, x.text, x.low, x.lang == "en"
	}
	p.prepare(start, end)
	if reason, ok := x.skipReason(p); ok {
		x.skip(start, end, reason)
		return
	}
	x.claims(p)
	x.addAges()
}

func (x *extractor) skip(start, end int, reason SkipReason) {
	x.out.Skipped = append(x.out.Skipped, Skipped{Start: start, End: end, Reason: reason})
	x.lastSkip, x.lastSkipEnd = reason, end
}

func (x *extractor) add(c *Found) {
	c.Start = max(0, min(c.Start, len(x.text)))
	c.End = max(c.Start, min(c.End, len(x.text)))
	c.Score = clamp01(c.Score)
	n := len(x.out.Claims)
	if n == cap(x.out.Claims) {
		x.out.Claims = append(x.out.Claims, *c)
		return
	}
	// The slot past the end is still zero. Strings are copied only when
	// set: copying the whole claim would cost a write barrier for each of
	// its pointer slots while the GC runs.
	x.out.Claims = x.out.Claims[:n+1]
	d := &x.out.Claims[n]
	d.Kind, d.Start, d.End, d.Text = c.Kind, c.Start, c.End, c.Text
	d.Direct, d.Age, d.Value, d.Score = c.Direct, c.Age, c.Value, c.Score
	setString(&d.Speaker, c.Speaker)
	setString(&d.Cue, c.Cue)
	setString(&d.AccordingTo, c.AccordingTo)
	setString(&d.Quote, c.Quote)
	setString(&d.Person, c.Person)
	setString(&d.Subject, c.Subject)
	setString(&d.Partner, c.Partner)
	setString(&d.Measure, c.Measure)
	setString(&d.Unit, c.Unit)
}

// setString stores s in the empty string *dst unless s is empty too.
func setString(dst *string, s string) {
	if s != "" {
		*dst = s
	}
}

// keep stores s in *dst. When s shares *dst's array, as a scratch buffer
// refilled from its start does, only the length is stored: storing the
// pointer would cost a write barrier while the GC runs.
func keep[T any](dst *[]T, s []T) {
	if len(s) <= cap(*dst) && unsafe.SliceData(s) == unsafe.SliceData(*dst) {
		*dst = (*dst)[:len(s)]
		return
	}
	*dst = s
}

// claimOrder orders claims by start, then kind.
func claimOrder(a, b Found) int {
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	return cmp.Compare(kindRank(a.Kind), kindRank(b.Kind))
}

func kindRank(k Kind) int {
	for i, known := range Kinds() {
		if k == known {
			return i
		}
	}
	return len(Kinds())
}

func clamp01(f float64) float64 { return max(0, min(1, f)) }

// skipSpace returns the first offset at or after i that is not white space.
func skipSpace(text string, i, end int) int {
	for i < end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	return i
}

// lowerSameLength lower-cases ASCII and the Latin-1 capitals (Ä, Ö, Ü, À …)
// without changing any byte offset; other characters stay as they are. It
// also reports whether s is valid UTF-8.
func lowerSameLength(s string) (string, bool) {
	b := make([]byte, len(s))
	valid := true
	i := 0
	for i < len(s) {
		if i+16 <= len(s) {
			// the bytes from the first non-ASCII one on come out wrong
			// here, but are written again below
			in, out := s[i:i+16], b[i:i+16] // one bounds check for both words
			w0, w1 := swar.Load(in, 0), swar.Load(in, 8)
			binary.LittleEndian.PutUint64(out[:8], swar.Lower(w0))
			binary.LittleEndian.PutUint64(out[8:], swar.Lower(w1))
			if (w0|w1)&swar.High == 0 {
				i += 16
				continue
			}
			if hi := w0 & swar.High; hi != 0 {
				i += bits.TrailingZeros64(hi) >> 3
			} else {
				i += 8 + bits.TrailingZeros64(w1&swar.High)>>3
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b[i] = lowerTable[c]
			i++
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF {
			// two bytes: Ä, Ö, Ü (0xC3 0x80–0x9E but ×) get their small
			// letters, everything else stays
			b[i], b[i+1] = c, s[i+1]
			if c == 0xC3 && s[i+1] <= 0x9E && s[i+1] != 0x97 {
				b[i+1] += 0x20
			}
			i += 2
			continue
		}
		if c >= 0xE1 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// three bytes, valid whatever follows the lead: „ “ – …
			b[i], b[i+1], b[i+2] = c, s[i+1], s[i+2]
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			valid = false
		}
		copy(b[i:i+n], s[i:i+n])
		i += n
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), valid
}

// lowerTable maps each byte to itself, except ASCII capitals to their small
// letters.
var lowerTable = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] = byte(i) + 'a' - 'A'
		}
	}
	return t
}()
