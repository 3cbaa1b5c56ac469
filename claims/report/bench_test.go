package report

import (
	"fmt"
	"github.com/factdesk/factdesk/claims"
	"io"
	"testing"
)

// bigReport is the sample article with its claims repeated to n claims.
func bigReport(n int) Report {
	r := sampleReport()
	base := r.Bundles[0].Claims
	all := make([]claims.Claim, 0, n)
	for i := range n {
		c := base[i%len(base)]
		c.ID = fmt.Sprintf("019a8f3c-7b10-7c41-9d2e-%012d", i)
		all = append(all, c)
	}
	r.Bundles[0].Claims = all
	return r
}

// BenchmarkWrite writes a report of 1,000 claims in each format; the target
// is under one second for all formats together.
func BenchmarkWrite(b *testing.B) {
	r := bigReport(1000)
	for _, f := range Formats() {
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				if err := Write(io.Discard, f, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
