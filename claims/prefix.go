package claims

import "strings"

// prefixList is a list of lower-case openings of two bytes or more, checked
// against a passage's start. Tables of their first bytes and first two
// bytes reject most passages at once.
type prefixList struct {
	list  []string
	pair  []uint16 // the first two bytes of each opening
	first [256]bool
	pairs [1 << 16 / 64]uint64 // the openings' first two bytes, as a bit set
}

func newPrefixList(list ...string) *prefixList {
	l := &prefixList{}
	for _, s := range list {
		if len(s) >= 2 {
			k := pairOf(s)
			l.list, l.pair = append(l.list, s), append(l.pair, k)
			l.first[s[0]] = true
			l.pairs[k/64] |= 1 << (k % 64)
		}
	}
	return l
}

// pairOf packs the first two bytes of s (len(s) >= 2).
func pairOf(s string) uint16 { return uint16(s[0]) | uint16(s[1])<<8 }

// match reports whether s starts with one of the openings.
func (l *prefixList) match(s string) bool {
	if len(s) < 2 || !l.first[s[0]] {
		return false
	}
	k := pairOf(s)
	if l.pairs[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	for i, p := range l.list {
		if l.pair[i] == k && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
