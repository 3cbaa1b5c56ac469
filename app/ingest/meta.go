package ingest

import (
	"strings"
	"time"
)

// dateLayouts are the ways files write a publication date, after the
// ISO 8601 prefix that most use (see publishedDate).
var dateLayouts = []string{
	"02.01.2006", // German: 08.02.2024
	"2.1.2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	time.RFC1123Z,
	time.RFC1123,
}

// publishedDate turns a date as files state it into YYYY-MM-DD, or "" when
// it cannot be read. A time stamp keeps the date of its own time zone: an
// article published at 23:30 in Berlin carries the Berlin date.
func publishedDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= len(time.DateOnly) {
		if t, err := time.Parse(time.DateOnly, s[:len(time.DateOnly)]); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

// languageCode turns a language tag ("de-DE", "en_GB", "DE") into its
// primary subtag in lower case ("de"), or "" when tag is not one.
func languageCode(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, c := range tag {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return ""
		}
	}
	return strings.ToLower(tag)
}
