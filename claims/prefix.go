package claims

import "strings"

// prefixList is a list of lower-case openings of two bytes or more, checked
// against a passage's start. The openings are grouped by their first byte,
// and a bit set of their first two bytes rejects most passages at once; a
// passage that passes is compared only with the openings of its first byte.
type prefixList struct {
	byFirst [256][]string
	pairs   [1 << 16 / 64]uint64 // the openings' first two bytes, as a bit set
}

func newPrefixList(list ...string) *prefixList {
	l := &prefixList{}
	for _, s := range list {
		if len(s) >= 2 {
			k := pairOf(s)
			l.byFirst[s[0]] = append(l.byFirst[s[0]], s)
			l.pairs[k/64] |= 1 << (k % 64)
		}
	}
	return l
}

// pairOf packs the first two bytes of s (len(s) >= 2).
func pairOf(s string) uint16 { return uint16(s[0]) | uint16(s[1])<<8 }

// mayStart reports whether an opening starts with the byte c.
func (l *prefixList) mayStart(c byte) bool { return len(l.byFirst[c]) > 0 }

// match reports whether s starts with one of the openings.
func (l *prefixList) match(s string) bool {
	if len(s) < 2 || !l.mayStart(s[0]) {
		return false
	}
	k := pairOf(s)
	if l.pairs[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	for _, p := range l.byFirst[s[0]] {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
