package sentence

import (
	"unicode/utf8"
)

// The scanner does not track words as it goes; the few rules that look at
// words find them by looking back from a candidate boundary, never further
// than maxWord bytes for a word, so that the scan stays linear.

// wordStart returns where the word ending at i starts: after the last white
// space before i, not before the sentence, and at most maxWord+1 bytes back
// (a longer word comes out cut, and longer than maxWord).
func (s *Scanner) wordStart(i int) int {
	src := s.src
	lo := max(s.start, i-maxWord-1)
	for i > lo {
		c := src[i-1]
		if c < utf8.RuneSelf {
			if byteClass[c] == space {
				break
			}
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(src[lo:i])
		if isSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// wordBefore returns the word before the one starting at ws, or false at
// the start of the sentence.
func (s *Scanner) wordBefore(ws int) (string, bool) {
	end := s.skipSpaceBack(ws)
	if end <= s.start || end == ws {
		return "", false
	}
	return s.src[s.wordStart(end):end], true
}

// skipSpaceBack returns the position after the last non-space before i, but
// not before the sentence.
func (s *Scanner) skipSpaceBack(i int) int {
	for i > s.start {
		if c := s.src[i-1]; c < utf8.RuneSelf {
			if byteClass[c] != space {
				break
			}
			i--
			continue
		}
		r := runeBefore(s.src, i)
		if !isSpace(r) {
			break
		}
		i -= utf8.RuneLen(r)
	}
	return i
}

// wordsAtLeast reports whether the sentence holds at least n words before i.
func (s *Scanner) wordsAtLeast(i, n int) bool {
	end := s.skipSpaceBack(i)
	for k := 0; k < n; k++ {
		if end <= s.start {
			return false
		}
		ws := s.wordStart(end)
		if end-ws > maxWord {
			return true // a cut word: the sentence is long anyway
		}
		end = s.skipSpaceBack(ws)
	}
	return true
}

// ordinalCue reports whether prev, the word before a number, makes the
// number an ordinal ("am", "vom", "im").
func ordinalCue(prev string) bool {
	var buf [16]byte
	prev = trimWord(prev)
	return len(prev) <= len(buf) && ordinalCues[string(lower(buf[:0], prev))]
}
