// Package sentence splits German and English news text into sentences.
package sentence

import (
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of one sentence, trimmed of
// surrounding white space.
type Span struct{ Start, End int }

// Scanner finds sentence boundaries in one pass over a text.
type Scanner struct {
	src    string
	offset int
}

// Init prepares s to scan text. lang is "de", "en" or "" (both).
func (s *Scanner) Init(text, lang string) {
	s.src = text
	s.offset = 0
}

// Scan returns the next sentence and true, or false at the end of the text.
func (s *Scanner) Scan() (Span, bool) {
	for s.offset < len(s.src) {
		start := s.offset
		i := start
		for i < len(s.src) {
			c := s.src[i]
			if c == '\n' {
				break
			}
			if (c == '.' || c == '!' || c == '?') && i+2 < len(s.src) && s.src[i+1] == ' ' {
				r, _ := utf8.DecodeRuneInString(s.src[i+2:])
				if unicode.IsUpper(r) {
					i++
					break
				}
			}
			i++
		}
		s.offset = i
		if i < len(s.src) && s.src[i] == '\n' {
			s.offset++
		}
		if sp, ok := trim(s.src, start, i); ok {
			return sp, true
		}
	}
	return Span{}, false
}

func trim(src string, start, end int) (Span, bool) {
	for start < end {
		r, n := utf8.DecodeRuneInString(src[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(src[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return Span{start, end}, start < end
}

// Split returns the sentences of text in order, not overlapping, all inside
// text. lang is "de", "en" or "" (both lexicons).
func Split(text, lang string) []Span {
	var s Scanner
	s.Init(text, lang)
	var out []Span
	for {
		sp, ok := s.Scan()
		if !ok {
			return out
		}
		out = append(out, sp)
	}
}
