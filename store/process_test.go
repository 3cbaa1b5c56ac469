package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/factdesk/factdesk/claims"
)

// The tests in this file re-run the test binary as a child process that
// writes to a file: TestHelperProcess is the child's body.
const (
	envMode  = "FACTDESK_STORE_CHILD"
	envPath  = "FACTDESK_STORE_DB"
	envCount = "FACTDESK_STORE_COUNT"
	envName  = "FACTDESK_STORE_NAME"
)

// generated returns a small article unique to (name, i) with one claim.
func generated(name string, i int) (claims.Article, []claims.Claim) {
	text := fmt.Sprintf("Meldung %s-%d: Die Brücke in Teststadt kostete %d Millionen Euro. Der Bürgermeister sprach von einem Erfolg.", name, i, i+1)
	end := strings.Index(text, ". ") + 1
	return claims.Article{Title: fmt.Sprintf("Meldung %s-%d", name, i), Language: "de", Text: text},
		[]claims.Claim{{Found: claims.Found{Kind: claims.KindNumber, Start: 0, End: end, Text: text[:end], Value: float64(i + 1), Unit: "Millionen Euro"}}}
}

// TestHelperProcess is not a test: run as a child, it imports articles
// and sets verdicts, printing "saved ..." after each commit.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(envMode)
	if mode == "" {
		t.Skip("runs only as a child process")
	}
	ctx := context.Background()
	s, err := Open(ctx, os.Getenv(envPath))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	name := os.Getenv(envName)
	s.SetActor(name)
	count, _ := strconv.Atoi(os.Getenv(envCount))
	verdicts := claims.Verdicts()
	for i := 0; count == 0 || i < count; i++ {
		a, cs := generated(name, i)
		res, err := s.ImportArticle(ctx, a, cs)
		if err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		fmt.Println("saved import", res.ArticleID)
		got, err := s.Claims(ctx, res.ArticleID, ClaimFilter{})
		if err != nil || len(got) != 1 {
			fmt.Println("error", err, len(got))
			os.Exit(2)
		}
		v := verdicts[1+i%(len(verdicts)-1)]
		if err := s.SetVerdict(ctx, got[0].ID, v); err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		fmt.Println("saved verdict", got[0].ID, v)
	}
	s.Close()
	os.Exit(0)
}

// child starts the test binary as a writing child.
func child(t *testing.T, path, name string, count int) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), envMode+"=write", envPath+"="+path, envName+"="+name, envCount+"="+strconv.Itoa(count))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out)
}

// saved collects what a child reported as committed.
type saved struct {
	articles []string
	verdicts map[string]claims.Verdict
}

func (s *saved) read(t *testing.T, line string) {
	f := strings.Fields(line)
	switch {
	case len(f) == 3 && f[0] == "saved" && f[1] == "import":
		s.articles = append(s.articles, f[2])
	case len(f) == 4 && f[0] == "saved" && f[1] == "verdict":
		s.verdicts[f[2]] = claims.Verdict(f[3])
	default:
		t.Errorf("child: %s", line)
	}
}

// verify checks that every reported change is in the file.
func (s *saved) verify(t *testing.T, st *Store) {
	t.Helper()
	ctx := context.Background()
	for _, id := range s.articles {
		if _, err := st.Article(ctx, id); err != nil {
			t.Errorf("reported article %s: %v", id, err)
		}
	}
	for id, v := range s.verdicts {
		c, err := st.Claim(ctx, id)
		if err != nil || c.Review.Verdict != v {
			t.Errorf("reported verdict %s on %s: got %q, %v", v, id, c.Review.Verdict, err)
		}
	}
}

func TestCrashKeepsEverySavedChange(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "crash.factdesk")
	cmd, sc := child(t, path, "crash", 0)
	got := saved{verdicts: map[string]claims.Verdict{}}
	for sc.Scan() {
		got.read(t, sc.Text())
		if len(got.articles) == 40 {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	for sc.Scan() { // lines written before the kill
		got.read(t, sc.Text())
	}
	cmd.Wait()
	if len(got.articles) < 40 {
		t.Fatalf("the child saved only %d articles", len(got.articles))
	}
	s := openAt(t, path)
	probs, err := s.Check(context.Background())
	if err != nil || len(probs) != 0 {
		t.Errorf("Check() after the crash = %v, %v", probs, err)
	}
	got.verify(t, s)
}

func TestTwoProcessesWriteAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	path := filepath.Join(t.TempDir(), "shared.factdesk")
	const n = 25
	var wg sync.WaitGroup
	results := make([]saved, 2)
	for i, name := range []string{"anna", "ben"} {
		cmd, sc := child(t, path, name, n)
		results[i].verdicts = map[string]claims.Verdict{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for sc.Scan() {
				results[i].read(t, sc.Text())
			}
			if err := cmd.Wait(); err != nil {
				t.Errorf("child %s: %v", name, err)
			}
		}()
	}
	wg.Wait()
	s := openAt(t, path)
	list, err := s.Articles(context.Background(), ArticleFilter{})
	if err != nil || len(list) != 2*n {
		t.Errorf("Articles() after two writers = %d, %v; want %d", len(list), err, 2*n)
	}
	for _, r := range results {
		r.verify(t, s)
	}
	if probs, err := s.Check(context.Background()); err != nil || len(probs) != 0 {
		t.Errorf("Check() = %v, %v", probs, err)
	}
}

func TestConcurrentUseInOneProcess(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	articleID, cs := importGerman(t, s)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 4 {
		wg.Add(2)
		go func() { // a writer
			defer wg.Done()
			for i := range 10 {
				v := claims.Verdicts()[1+(g+i)%8]
				if err := s.SetVerdict(ctx, cs[g].ID, v); err != nil {
					errs <- err
				}
			}
		}()
		go func() { // a reader
			defer wg.Done()
			for range 10 {
				if _, err := s.Claims(ctx, articleID, ClaimFilter{}); err != nil {
					errs <- err
				}
				if _, err := s.Articles(ctx, ArticleFilter{}); err != nil {
					errs <- err
				}
				if _, err := s.Search(ctx, "Rostock", 5); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	h, _ := s.History(ctx, "", 0)
	groups := map[string]bool{}
	for _, c := range h {
		groups[c.Group] = true
	}
	// Every call changes the verdict, so each is its own group.
	if len(groups) != 1+40 {
		t.Errorf("history holds %d groups, want the import and 40 verdicts", len(groups))
	}
	if list, _ := s.Articles(ctx, ArticleFilter{}); len(list) != 1 || list[0].Reviewed != 4 {
		t.Errorf("Articles() = %+v, want 4 reviewed claims", list)
	}
}

// Two windows started at once on a file that does not exist yet both
// create it: one switches it to WAL and migrates, the other waits.
func TestOpensOfANewFileAtOnce(t *testing.T) {
	for round := range 20 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("new-%d.factdesk", round))
		var wg sync.WaitGroup
		stores := make([]*Store, 6)
		errs := make([]error, len(stores))
		for i := range stores {
			wg.Go(func() { stores[i], errs[i] = Open(context.Background(), path) })
		}
		wg.Wait()
		for i, s := range stores {
			if errs[i] != nil {
				t.Fatalf("round %d: Open #%d: %v", round, i, errs[i])
			}
			s.Close()
		}
	}
}
