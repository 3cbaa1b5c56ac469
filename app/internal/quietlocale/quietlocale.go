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
// Import it from the package that imports Fyne; MessageLocale tells that
// package which language the environment asks for.
package quietlocale

import (
	"os"
	"strings"
)

func init() { quiet() }

// quiet sets LANGUAGE=en when the message locale is C or POSIX with a
// charset and LANGUAGE is unset.
func quiet() {
	locale := categoryLocale()
	if strings.Contains(locale, ".") && isPlain(locale) && os.Getenv("LANGUAGE") == "" {
		os.Setenv("LANGUAGE", "en")
	}
}

// MessageLocale returns the locale that GNU gettext would translate
// messages into: the first of LC_ALL, LC_MESSAGES and LANG that is set,
// overridden by the first entry of LANGUAGE unless that locale is the
// plain C or POSIX one (with or without a charset, as in "C.UTF-8"). set
// is false when none of the variables is set.
func MessageLocale() (locale string, set bool) {
	locale = categoryLocale()
	if isPlain(locale) {
		return locale, true
	}
	if list := os.Getenv("LANGUAGE"); list != "" {
		first, _, _ := strings.Cut(list, ":")
		return first, true
	}
	return locale, locale != ""
}

// categoryLocale returns the first of LC_ALL, LC_MESSAGES and LANG that is
// set, or "".
func categoryLocale() string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(name); l != "" {
			return l
		}
	}
	return ""
}

// isPlain reports whether l is the C or POSIX locale, with or without a
// charset suffix ("C.UTF-8").
func isPlain(l string) bool {
	base, _, _ := strings.Cut(l, ".")
	return base == "C" || base == "POSIX"
}
