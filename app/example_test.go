package app_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/test"

	"github.com/factdesk/factdesk/app"
	"github.com/factdesk/factdesk/store"
)

// ExampleNew builds the workbench on a store, the way cmd/factdesk does
// with a real app (fyneapp.NewWithID) before calling ShowAndRun.
func ExampleNew() {
	dir, _ := os.MkdirTemp("", "factdesk-example")
	defer os.RemoveAll(dir)
	st, err := store.Open(context.Background(), filepath.Join(dir, "factdesk.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	w := app.New(test.NewApp(), st)
	fmt.Println(w.Window().Title())
	// Output: factdesk
}
