// Package quietlocale keeps Fyne from logging "Error parsing user locale
// C" on every start, CLI subcommands included, where the environment
// sets the C locale with a charset ("C.UTF-8", the default of many
// containers and servers).
//
// Fyne's lang package looks the locale up in its own init, through
// github.com/jeandeaual/go-locale, which passes "C.UTF-8" on as a
// language tag unless LANGUAGE is set. This package sets LANGUAGE=en in
// exactly that case, before that lookup: it imports only packages that
// go-locale imports too and its path sorts before go-locale's, and the Go
// spec initialises, among the packages whose imports are done, the one
// first in import-path order. Nothing else changes: gettext ignores
// LANGUAGE in the C locale, so programs factdesk starts behave as before,
// and English is what Fyne falls back to anyway.
//
// Import it for its side effect only, from the package that imports Fyne.
package quietlocale

import (
	"os"
	"strings"
)

func init() { quiet() }

// quiet sets LANGUAGE=en when the message locale is C or POSIX with a
// charset and LANGUAGE is unset.
func quiet() {
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = os.Getenv(name); locale != "" {
			break
		}
	}
	base, charset, _ := strings.Cut(locale, ".")
	if charset != "" && (base == "C" || base == "POSIX") && os.Getenv("LANGUAGE") == "" {
		os.Setenv("LANGUAGE", "en")
	}
}
