// Package swar holds the eight-bytes-at-a-time ("SIMD within a register")
// helpers of the text scanners: passes that look at every byte of a text
// skip runs of plain ASCII in 8-byte words.
package swar

import "math/bits"

const (
	// Ones has 0x01 in every byte.
	Ones = 0x0101010101010101
	// High has the high bit of every byte set.
	High = 0x8080808080808080
)

// Load reads the 8 bytes of s at i as a little-endian word (i+8 <= len(s)).
func Load(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Lower lower-cases the ASCII capitals of the ASCII word w.
func Lower(w uint64) uint64 {
	// a byte b is a capital when b+(0x80-'A') has the high bit and
	// b+(0x80-'Z'-1) has not
	a := w + Ones*(0x80-'A')
	z := w + Ones*(0x80-'Z'-1)
	return w | (a&^z&High)>>2
}

// inRange sets the high bit of each byte of the 7-bit word x that lies in
// [lo, hi].
func inRange(x uint64, lo, hi byte) uint64 {
	return (x + Ones*uint64(0x80-lo)) &^ (x + Ones*uint64(0x7F-hi)) & High
}

// Alnum sets the high bit of each byte of w that is an ASCII letter or
// digit.
func Alnum(w uint64) uint64 {
	x := w &^ High
	return (inRange(x|Ones*0x20, 'a', 'z') | inRange(x, '0', '9')) &^ w
}

// Leading returns how many of the low-order bytes of w come before the first
// byte whose high bit is clear in mask: 8 when all are set.
func Leading(mask uint64) int {
	return bits.TrailingZeros64(^mask&High) >> 3
}
