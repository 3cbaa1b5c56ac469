package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/factdesk/factdesk/app/export"
	"github.com/factdesk/factdesk/app/ingest"
	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/claims/report"
	"github.com/factdesk/factdesk/store"
)

// openDB opens the database named by -db. Only import may create a new
// file; the other commands refuse a missing one rather than leave an empty
// database behind a typo.
func openDB(ctx context.Context, cmd, path string, create bool) (*store.Store, error) {
	if path == "" {
		return nil, usagef("%s: -db FILE is required", cmd)
	}
	if !create {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("%s: %w", cmd, err)
		}
	}
	return store.Open(ctx, path)
}

// runImport stores articles: text files are extracted into claims, and
// factdesk JSON exports are read back with their IDs, reviews and sources.
func runImport(ctx context.Context, args []string, stdout io.Writer) (err error) {
	fs := newFlags("import")
	db := fs.String("db", "", "database `FILE`")
	title := fs.String("title", "", "article title")
	url := fs.String("url", "", "article URL")
	outlet := fs.String("outlet", "", "outlet that published the article")
	published := fs.String("published", "", "publication date, YYYY-MM-DD")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("import: name at least one ARTICLE file")
	}
	if *published != "" {
		if _, err := time.Parse(time.DateOnly, *published); err != nil {
			return usagef("import: -published %q is not a date like 2024-02-08", *published)
		}
	}
	// Read every file before touching the database: a bad file writes nothing.
	type pending struct {
		name   string
		doc    ingest.Document
		bundle *report.Report
	}
	var todo []pending
	for _, name := range fs.Args() {
		if strings.EqualFold(filepath.Ext(name), ".json") {
			r, err := readExport(name)
			if err != nil {
				return err
			}
			todo = append(todo, pending{name: name, bundle: &r})
			continue
		}
		doc, err := ingest.ReadFile(name)
		if err != nil {
			return err
		}
		override(&doc.Title, *title)
		override(&doc.URL, *url)
		override(&doc.Outlet, *outlet)
		override(&doc.Published, *published)
		todo = append(todo, pending{name: name, doc: doc})
	}
	st, err := openDB(ctx, "import", *db, true)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	for _, p := range todo {
		if p.bundle != nil {
			for _, b := range p.bundle.Bundles {
				res, err := st.ImportBundle(ctx, b.Article, b.Claims)
				if err != nil {
					return fmt.Errorf("import %s: %w", p.name, err)
				}
				printImport(stdout, p.name, b.Article.Title, res)
			}
			continue
		}
		for _, w := range p.doc.Warnings {
			fmt.Fprintf(stdout, "%s: warning: %s\n", p.name, w)
		}
		res, err := ingest.Import(ctx, st, p.doc)
		if err != nil {
			return fmt.Errorf("import %s: %w", p.name, err)
		}
		printImport(stdout, p.name, p.doc.Title, res)
	}
	return nil
}

func override(field *string, flagValue string) {
	if flagValue != "" {
		*field = flagValue
	}
}

func printImport(w io.Writer, name, title string, res store.ImportResult) {
	if res.Existing {
		fmt.Fprintf(w, "%s: already in the file as %s, nothing added\n", name, res.ArticleID)
		return
	}
	fmt.Fprintf(w, "%s: imported %s %q with %d claims", name, res.ArticleID, title, res.Claims)
	if res.SeenBefore > 0 {
		fmt.Fprintf(w, " (%d seen before)", res.SeenBefore)
	}
	fmt.Fprintln(w)
}

// readExport reads a factdesk JSON export, refusing other JSON.
func readExport(name string) (report.Report, error) {
	f, err := os.Open(name)
	if err != nil {
		return report.Report{}, err
	}
	defer f.Close()
	r, err := report.ReadJSON(bufio.NewReader(io.LimitReader(f, maxInput)))
	if err != nil {
		return report.Report{}, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
}

// closeStore closes st and reports a close failure when nothing else failed.
func closeStore(st *store.Store, err *error) {
	if cerr := st.Close(); cerr != nil && *err == nil {
		*err = cerr
	}
}

// runExport writes a claim report for one article or a selection.
func runExport(ctx context.Context, args []string, stdout io.Writer) (err error) {
	fs := newFlags("export")
	db := fs.String("db", "", "database `FILE`")
	article := fs.String("article", "", "only this article `ID`")
	from := fs.String("from", "", "only articles published on or after this date")
	to := fs.String("to", "", "only articles published on or before this date")
	verdict := fs.String("verdict", "", "only claims with this verdict")
	format := fs.String("format", "", "md, html, pdf, csv, json or claimreview")
	lang := fs.String("lang", "", "report language: de or en (default: the article's)")
	out := fs.String("o", "", "output `FILE` (default standard output)")
	if err := parse(fs, args); err != nil {
		return err
	}
	f, err := report.ParseFormat(*format)
	if err != nil {
		return usagef("export: %v", err)
	}
	if *lang != "" && *lang != "de" && *lang != "en" {
		return usagef("export: -lang must be de or en")
	}
	sel := export.Selection{ArticleID: *article, From: *from, To: *to, WithTrash: f == report.FormatJSON}
	if *verdict != "" {
		v, err := claims.ParseVerdict(*verdict)
		if err != nil {
			return usagef("export: %v", err)
		}
		sel.Verdict = v
	}
	st, err := openDB(ctx, "export", *db, false)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	r, err := export.Collect(ctx, st, sel)
	if err != nil {
		return err
	}
	r.Lang = *lang
	if *out == "" {
		return report.Write(stdout, f, r)
	}
	return writeFileAtomic(*out, func(w io.Writer) error { return report.Write(w, f, r) })
}

// writeFileAtomic writes a file through a temporary file in the same
// folder, so a crash or error never leaves half a report behind.
func writeFileAtomic(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// runList prints the articles, or one article's claims, with their IDs.
func runList(ctx context.Context, args []string, stdout io.Writer) (err error) {
	fs := newFlags("list")
	db := fs.String("db", "", "database `FILE`")
	article := fs.String("article", "", "list this article's claims")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := openDB(ctx, "list", *db, false)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	if *article != "" {
		return listClaims(ctx, st, *article, *asJSON, stdout)
	}
	list, err := st.Articles(ctx, store.ArticleFilter{})
	if err != nil {
		return err
	}
	if *asJSON {
		type row struct {
			ID        string `json:"id"`
			Title     string `json:"title"`
			Outlet    string `json:"outlet,omitempty"`
			Language  string `json:"language"`
			Published string `json:"published"`
			Status    string `json:"status"`
			Claims    int    `json:"claims"`
			Reviewed  int    `json:"reviewed"`
		}
		rows := make([]row, 0, len(list))
		for _, a := range list {
			rows = append(rows, row{a.ID, a.Title, a.Outlet, a.Language, a.Published, string(a.Status), a.Claims, a.Reviewed})
		}
		return writeJSON(stdout, map[string]any{"articles": rows})
	}
	for _, a := range list {
		fmt.Fprintf(stdout, "%s  %-10s %3d/%-3d %s\n", a.ID, a.Published, a.Reviewed, a.Claims, a.Title)
	}
	return nil
}

func listClaims(ctx context.Context, st *store.Store, articleID string, asJSON bool, stdout io.Writer) error {
	if _, err := st.Article(ctx, articleID); err != nil {
		return fmt.Errorf("article %s: %w", articleID, err)
	}
	cs, err := st.Claims(ctx, articleID, store.ClaimFilter{})
	if err != nil {
		return err
	}
	if !asJSON {
		for _, c := range cs {
			fmt.Fprintf(stdout, "%s  %-11s %-15s %s\n", c.ID, c.Kind, verdictOf(c), c.Text)
		}
		return nil
	}
	rows := make([]map[string]any, 0, len(cs))
	for _, c := range cs {
		b, err := json.Marshal(c)
		if err != nil {
			return err
		}
		var row map[string]any
		if err := json.Unmarshal(b, &row); err != nil {
			return err
		}
		row["verdict"] = verdictOf(c)
		rows = append(rows, row)
	}
	return writeJSON(stdout, map[string]any{"claims": rows})
}

func verdictOf(c claims.Claim) claims.Verdict {
	if c.Review.Verdict == "" {
		return claims.Unreviewed
	}
	return c.Review.Verdict
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// runReview sets a claim's verdict, note or a source from the command line.
func runReview(ctx context.Context, args []string, stdout io.Writer) (err error) {
	fs := newFlags("review")
	db := fs.String("db", "", "database `FILE`")
	claimID := fs.String("claim", "", "claim `ID`")
	verdict := fs.String("verdict", "", "verdict: true, mostly-true, mixed, mostly-false, false, missing-context, unproven, not-checkable, unreviewed")
	note := fs.String("note", "", "explanation of the verdict")
	source := fs.String("source", "", "source `URL`")
	sourceTitle := fs.String("source-title", "", "source title")
	reviewer := fs.String("reviewer", "", "reviewer `NAME` stamped on the change")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *claimID == "" {
		return usagef("review: -claim ID is required")
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if !set["verdict"] && !set["note"] && !set["source"] {
		return usagef("review: give -verdict, -note or -source")
	}
	if set["source-title"] && !set["source"] {
		return usagef("review: -source-title needs -source")
	}
	var v claims.Verdict
	if set["verdict"] {
		if v, err = claims.ParseVerdict(*verdict); err != nil {
			return usagef("review: %v", err)
		}
	}
	if set["source"] {
		if err := claims.CheckURL(*source); err != nil {
			return usagef("review: -source: %v", err)
		}
	}
	st, err := openDB(ctx, "review", *db, false)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	if *reviewer == "" {
		*reviewer = os.Getenv("USER")
	}
	st.SetActor(*reviewer)
	if _, err := st.Claim(ctx, *claimID); err != nil {
		return fmt.Errorf("claim %s: %w", *claimID, err)
	}
	if set["verdict"] {
		if err := st.SetVerdict(ctx, *claimID, v); err != nil {
			return err
		}
	}
	if set["note"] {
		if err := st.SetNote(ctx, *claimID, *note); err != nil {
			return err
		}
	}
	if set["source"] {
		if _, err := st.AddSource(ctx, *claimID, claims.Source{URL: *source, Title: *sourceTitle}); err != nil {
			return err
		}
	}
	c, err := st.Claim(ctx, *claimID)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s  %s, %d sources  %s\n", c.ID, verdictOf(c), len(c.Sources), c.Text)
	return nil
}

// runMerge brings other reviewers' files into the database.
func runMerge(ctx context.Context, args []string, stdout io.Writer) (err error) {
	fs := newFlags("merge")
	db := fs.String("db", "", "database `FILE`")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("merge: name at least one OTHER.db")
	}
	st, err := openDB(ctx, "merge", *db, false)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	for _, other := range fs.Args() {
		rep, err := st.Merge(ctx, other)
		if err != nil {
			return fmt.Errorf("merge %s: %w", other, err)
		}
		fmt.Fprintf(stdout, "%s: %d articles, %d claims, %d reviews, %d sources, %d people, %d history rows merged; %d conflicts\n",
			other, rep.Articles, rep.Claims, rep.Reviews, rep.Sources, rep.People, rep.History, len(rep.Conflicts))
		for _, c := range rep.Conflicts {
			fmt.Fprintf(stdout, "  conflict %s %s %s: kept %s (%s), earlier %s (%s) stays in history\n",
				c.Entity, c.EntityID, c.Field, c.Kept, c.KeptAt.Format(time.RFC3339), c.Lost, c.LostAt.Format(time.RFC3339))
		}
	}
	return nil
}

// errProblems makes check exit 1 after it printed its findings.
var errProblems = errors.New("check found problems")

// runCheck verifies the database and exits 1 when anything is wrong.
func runCheck(ctx context.Context, args []string, stdout io.Writer) (err error) {
	fs := newFlags("check")
	db := fs.String("db", "", "database `FILE`")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := openDB(ctx, "check", *db, false)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	problems, err := st.Check(ctx)
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintf(stdout, "%s: %s\n", p.Check, p.Detail)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %d in %s", errProblems, len(problems), st.Path())
	}
	fmt.Fprintf(stdout, "%s: ok\n", st.Path())
	return nil
}
