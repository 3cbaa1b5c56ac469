package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/factdesk/factdesk/app"
	"github.com/factdesk/factdesk/app/ingest"
	"github.com/factdesk/factdesk/assets"
	"github.com/factdesk/factdesk/store"
)

// appID is factdesk's reverse-DNS application ID, as in FyneApp.toml.
const appID = "org.factdesk.workbench"

// runWorkbench opens the window on the database named by -db or the default one.
func runWorkbench(args []string, stderr io.Writer) error {
	fs := newFlags("factdesk")
	db := fs.String("db", "", "database `FILE`")
	quitAfter := fs.Duration("quit-after", 0, "close the window after this long (for smoke tests)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if !haveDisplay() {
		return errors.New("no display to open the workbench on (DISPLAY and WAYLAND_DISPLAY are unset); the subcommands work without one: factdesk help")
	}
	path := *db
	if path == "" {
		var err error
		if path, err = defaultDatabasePath(); err != nil {
			return err
		}
	}
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := seedSample(ctx, st); err != nil {
		fmt.Fprintf(stderr, "factdesk: sample article not added: %v\n", err)
	}

	a := fyneapp.NewWithID(appID)
	a.SetIcon(assets.Icon)
	wb := app.New(a, st)
	if *quitAfter > 0 {
		time.AfterFunc(*quitAfter, func() { fyne.Do(a.Quit) })
	}
	wb.Window().ShowAndRun()
	return st.Close()
}

// haveDisplay reports whether a window can be opened. On Linux and the BSDs
// that needs an X11 or Wayland display; elsewhere there always is one.
func haveDisplay() bool {
	switch runtime.GOOS {
	case "darwin", "windows", "android", "ios":
		return true
	}
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}

// defaultDatabasePath returns the database in the user's data folder,
// creating the folder: $XDG_DATA_HOME/factdesk/factdesk.db (by default
// ~/.local/share/factdesk/factdesk.db) on Linux and the BSDs,
// ~/Library/Application Support/factdesk/factdesk.db on macOS and
// %AppData%\factdesk\factdesk.db on Windows.
func defaultDatabasePath() (string, error) {
	dir, err := dataDir()
	if err != nil {
		return "", fmt.Errorf("no folder for the database: %w (use -db FILE)", err)
	}
	dir = filepath.Join(dir, "factdesk")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("create data folder: %w (use -db FILE)", err)
	}
	return filepath.Join(dir, "factdesk.db"), nil
}

func dataDir() (string, error) {
	switch runtime.GOOS {
	case "darwin", "windows", "ios", "android":
		return os.UserConfigDir()
	}
	if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share"), nil
}

// defaultDatabaseHint names the default database for the usage text.
func defaultDatabaseHint() string {
	dir, err := dataDir()
	if err != nil {
		return "factdesk.db in the user's data folder"
	}
	return filepath.Join(dir, "factdesk", "factdesk.db")
}

// seedSample imports the team's sample article into a brand-new database
// (no articles, not even in the trash, and no history), so that a first
// start shows the workbench at work. A user who deletes it keeps it deleted.
func seedSample(ctx context.Context, st *store.Store) error {
	list, err := st.Articles(ctx, store.ArticleFilter{IncludeDeleted: true, Limit: 1})
	if err != nil || len(list) > 0 {
		return err
	}
	history, err := st.History(ctx, "", 1)
	if err != nil || len(history) > 0 {
		return err
	}
	s := assets.SampleArticle
	doc, err := ingest.Read(s.Name, s.Text)
	if err != nil {
		return err
	}
	doc.Title, doc.Outlet, doc.URL, doc.Published, doc.Language = s.Title, s.Outlet, s.URL, s.Published, s.Language
	_, err = ingest.Import(ctx, st, doc)
	return err
}
