package claims

// Eight bytes at a time ("SWAR"): the text passes that look at every byte
// skip runs of plain ASCII in 8-byte words.

const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
)

// swarLoad reads the 8 bytes of s at i (i+8 <= len(s)).
func swarLoad(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// swarLower lower-cases the ASCII capitals of the ASCII word w.
func swarLower(w uint64) uint64 {
	// a byte b is a capital when b+(0x80-'A') has the high bit and
	// b+(0x80-'Z'-1) has not
	a := w + swarOnes*(0x80-'A')
	z := w + swarOnes*(0x80-'Z'-1)
	return w | (a&^z&swarHigh)>>2
}

// swarInRange sets the high bit of each byte of the 7-bit word x that lies
// in [lo, hi].
func swarInRange(x uint64, lo, hi byte) uint64 {
	return (x + swarOnes*uint64(0x80-lo)) &^ (x + swarOnes*uint64(0x7F-hi)) & swarHigh
}
