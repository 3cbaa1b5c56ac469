package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// foldLetters maps letters with diacritics to their base letters, as
// FTS5's remove_diacritics does, and ß to ss.
var foldLetters = strings.NewReplacer(
	"ä", "a", "ö", "o", "ü", "u", "ß", "ss",
	"à", "a", "á", "a", "â", "a", "ã", "a", "å", "a",
	"è", "e", "é", "e", "ê", "e", "ë", "e",
	"ì", "i", "í", "i", "î", "i", "ï", "i",
	"ò", "o", "ó", "o", "ô", "o", "õ", "o", "ø", "o",
	"ù", "u", "ú", "u", "û", "u",
	"ç", "c", "ñ", "n", "ý", "y", "ÿ", "y",
	"ł", "l", "ś", "s", "ź", "z", "ż", "z", "ć", "c", "ń", "n", "ę", "e", "ą", "a",
	"š", "s", "č", "c", "ž", "z", "ř", "r",
)

// normText folds a claim's text for "seen before" comparison: lower case,
// diacritics removed, punctuation dropped, spaces collapsed.
func normText(s string) string {
	return strings.Join(words(s), " ")
}

// normKey is what claims.norm stores: a short key of normText, equal for
// claims that read the same apart from case, accents and punctuation; ""
// for a text without words.
func normKey(s string) string {
	n := normText(s)
	if n == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(n))
	return "k" + hex.EncodeToString(sum[:12])
}

// words splits s into folded words of letters and digits.
func words(s string) []string {
	s = foldLetters.Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// spellings returns the ways a folded query word may be written in the
// index: as typed, with "ae", "oe", "ue" read as umlauts (indexed as a,
// o, u), and each of those with "ss" read as ß, which the tokenizer keeps
// as a letter of its own: "groesste" also looks for "grosste", "groeßte"
// and "großte" (the index form of "größte").
func spellings(w string) []string {
	out := []string{w}
	if v := umlautPairs.Replace(w); v != w {
		out = append(out, v)
	}
	for _, v := range out {
		if strings.Contains(v, "ss") {
			out = append(out, strings.ReplaceAll(v, "ss", "ß"))
		}
	}
	return out
}

// umlautPairs reads the two-letter spellings of German umlauts.
var umlautPairs = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u")
