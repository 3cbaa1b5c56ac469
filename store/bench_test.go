package store

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// The benchmarks run on files of fixtureArticles articles with
// fixtureClaims claims each, built once per test binary run.
const (
	fixtureArticles = 1000
	fixtureClaims   = 50
)

var (
	// fixtureDir holds the files; FACTDESK_BENCH_DIR names a folder to
	// keep them in between runs.
	fixtureDir  = os.Getenv("FACTDESK_BENCH_DIR")
	fixtureKeep = fixtureDir != ""
	fixtureOnce = map[string]*sync.Once{"a": {}, "b": {}}
	fixtureErr  = map[string]error{}
)

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtureDir != "" && !fixtureKeep {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

// fixture returns the path of a cached benchmark file; name "a" and "b"
// are two files with different IDs and texts.
func fixture(b *testing.B, name string) string {
	b.Helper()
	fixtureOnce[name].Do(func() {
		if fixtureDir == "" {
			dir, err := os.MkdirTemp("", "factdesk-bench-")
			if err != nil {
				fixtureErr[name] = err
				return
			}
			fixtureDir = dir
		}
		path := filepath.Join(fixtureDir, name+".factdesk")
		if _, err := os.Stat(path); err == nil && fixtureKeep {
			s, err := Open(context.Background(), path) // brings a kept file up to date
			if err == nil {
				err = s.Close()
			}
			fixtureErr[name] = err
			return
		}
		fixtureErr[name] = buildFixture(path, name)
	})
	if err := fixtureErr[name]; err != nil {
		b.Fatal(err)
	}
	return filepath.Join(fixtureDir, name+".factdesk")
}

// benchWords is the vocabulary of generated articles.
var benchWords = strings.Fields(`der die das und nicht mit für auf Präsident Regierung Hafen Ostsee Brücke Stadt
	Millionen Euro Prozent Menschen Bürgermeister Minister Kanzlerin Bundestag Grenze Handel Export Import
	Wirtschaft wächst sinkt steigt sagte erklärte betonte laut Angaben Polizei Feuerwehr Straße Schule
	Krankenhaus Energie Gas Strom Preise Inflation Löhne Rente Wahl Partei Umfrage größte wichtigste`)

// buildFixture writes a file of generated articles in one transaction,
// through the same import code as ImportArticle but without the
// seen-before lookups.
func buildFixture(path, seed string) error {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	s.SetActor("bench")
	rng := rand.New(rand.NewPCG(uint64(len(seed)), uint64(seed[0])))
	return s.write(ctx, "build fixture", func(t *tx) error {
		for i := range fixtureArticles {
			var text strings.Builder
			var cs []claims.Claim
			for j := range fixtureClaims {
				start := text.Len()
				fmt.Fprintf(&text, "Meldung %s %d.%d:", seed, i, j)
				for range 12 + rng.IntN(8) {
					text.WriteString(" " + benchWords[rng.IntN(len(benchWords))])
				}
				text.WriteString(".")
				kind := claims.Kinds()[j%len(claims.Kinds())]
				cs = append(cs, claims.Claim{Found: claims.Found{Kind: kind, Start: start, End: text.Len(), Text: text.String()[start:], Score: rng.Float64(), Person: "Erika Muster", Age: 40 + j}, ID: newID()})
				text.WriteString(" ")
			}
			a := claims.Article{ID: newID(), Title: fmt.Sprintf("Artikel %s %d", seed, i), Language: "de",
				Published: fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28), Text: text.String()}
			if _, err := t.importArticle(a, cs, false); err != nil {
				return err
			}
		}
		return nil
	})
}

// copyFile copies a closed database file and syncs the copy, so that
// writing it back does not compete with what is measured next.
func copyFile(b *testing.B, src, dst string) {
	b.Helper()
	in, err := os.Open(src)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Sync(); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkOpenListArticles(b *testing.B) {
	path := fixture(b, "a")
	ctx := context.Background()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		s, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		list, err := s.Articles(ctx, ArticleFilter{})
		if err != nil || len(list) != fixtureArticles {
			b.Fatalf("Articles() = %d, %v", len(list), err)
		}
		s.Close()
	}
}

func BenchmarkListArticles(b *testing.B) {
	s := openAt(b, fixture(b, "a"))
	ctx := context.Background()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		if list, err := s.Articles(ctx, ArticleFilter{}); err != nil || len(list) != fixtureArticles {
			b.Fatalf("Articles() = %d, %v", len(list), err)
		}
	}
}

func BenchmarkListArticlesQuery(b *testing.B) {
	s := openAt(b, fixture(b, "a"))
	ctx := context.Background()
	for _, q := range []string{"Pr", "Präsident", "Artikel a 5"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				if _, err := s.Articles(ctx, ArticleFilter{Query: q}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// anArticle returns the ID of one article in the middle of a fixture.
func anArticle(b *testing.B, s *Store) string {
	list, err := s.Articles(context.Background(), ArticleFilter{})
	if err != nil || len(list) == 0 {
		b.Fatalf("Articles() = %d, %v", len(list), err)
	}
	return list[len(list)/2].ID
}

func BenchmarkLoadArticle(b *testing.B) {
	s := openAt(b, fixture(b, "a"))
	ctx := context.Background()
	id := anArticle(b, s)
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		if _, err := s.Article(ctx, id); err != nil {
			b.Fatal(err)
		}
		if cs, err := s.Claims(ctx, id, ClaimFilter{}); err != nil || len(cs) != fixtureClaims {
			b.Fatalf("Claims() = %d, %v", len(cs), err)
		}
	}
}

func BenchmarkSetVerdict(b *testing.B) {
	s := openAt(b, fixture(b, "a"))
	ctx := context.Background()
	cs, err := s.Claims(ctx, anArticle(b, s), ClaimFilter{})
	if err != nil {
		b.Fatal(err)
	}
	// Every call flips the verdict, so every call writes.
	c := cs[0]
	vs := []claims.Verdict{claims.True, claims.False}
	if c.Review.Verdict == claims.True {
		vs[0], vs[1] = vs[1], vs[0]
	}
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	i := 0
	for b.Loop() {
		if err := s.SetVerdict(ctx, c.ID, vs[i%2]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	if got := mustClaim(b, s, c.ID).Review.Verdict; got != vs[(i-1)%2] {
		b.Fatalf("verdict after the loop = %q, want %q", got, vs[(i-1)%2])
	}
}

func BenchmarkSearch(b *testing.B) {
	s := openAt(b, fixture(b, "a"))
	ctx := context.Background()
	for _, q := range []string{"Prasident", "Hafen Ostsee Brücke", "Krankenhaus Löhne"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				if hits, err := s.Search(ctx, q, 20); err != nil || len(hits) == 0 {
					b.Fatalf("Search(%q) = %d hits, %v", q, len(hits), err)
				}
			}
		})
	}
}

// cpuTime returns the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation since start, which a busy
// machine inflates less than the elapsed time. Call it deferred, with
// start taken just before the loop.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkMerge also reports the CPU time per merge, which a busy
// machine inflates less than the elapsed time.
func BenchmarkMerge(b *testing.B) {
	a, other := fixture(b, "a"), fixture(b, "b")
	ctx := context.Background()
	dst := filepath.Join(b.TempDir(), "merged.factdesk")
	var cpu time.Duration
	b.ReportAllocs()
	defer func() { b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op") }()
	for b.Loop() {
		b.StopTimer()
		copyFile(b, a, dst)
		os.Remove(dst + "-wal")
		os.Remove(dst + "-shm")
		s, err := Open(ctx, dst)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := cpuTime()
		rep, err := s.Merge(ctx, other)
		if err != nil || rep.Articles != fixtureArticles {
			b.Fatalf("Merge() = %+v, %v", rep.Articles, err)
		}
		cpu += cpuTime() - start
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

// BenchmarkCheck checks the whole fixture file (target < 1 s).
func BenchmarkCheck(b *testing.B) {
	s := openAt(b, fixture(b, "a"))
	ctx := context.Background()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		if probs, err := s.Check(ctx); err != nil || len(probs) != 0 {
			b.Fatalf("Check() = %v, %v", probs, err)
		}
	}
}
