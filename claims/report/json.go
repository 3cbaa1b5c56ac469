package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// The marker and version that identify factdesk's JSON report export.
const (
	jsonFormat  = "factdesk-report"
	jsonVersion = 1
)

// Errors ReadJSON wraps, so that callers can tell a foreign file from a
// damaged one.
var (
	// ErrNotReport: the input is not a factdesk JSON report export at all.
	ErrNotReport = errors.New("not a factdesk report export")
	// ErrNewerReport: a factdesk export of a later format version.
	ErrNewerReport = errors.New("written by a newer version of factdesk")
	// ErrInvalidReport: a factdesk export whose content does not hold together.
	ErrInvalidReport = errors.New("invalid factdesk report")
)

// jsonReport is the JSON form of a Report. "format" and "version" come
// first so that a reader can tell the file apart at a glance.
type jsonReport struct {
	Format    string    `json:"format"`
	Version   int       `json:"version"`
	Generated time.Time `json:"generated,omitzero"`
	Source    string    `json:"source,omitempty"`
	Lang      string    `json:"lang,omitempty"`
	Articles  []Bundle  `json:"articles"`
}

// writeJSON writes the complete report: every article with its text and
// metadata, every claim with every field, its review and sources, so that
// the store can import it into an identical article.
func writeJSON(w io.Writer, r Report) error {
	out := jsonReport{
		Format: jsonFormat, Version: jsonVersion,
		Generated: r.Generated, Source: r.Source, Lang: r.Lang,
		Articles: make([]Bundle, len(r.Bundles)),
	}
	// Write empty lists as [] rather than null; ReadJSON turns them back
	// into nil.
	for i, b := range r.Bundles {
		if b.Claims == nil {
			b.Claims = []claims.Claim{}
		}
		out.Articles[i] = b
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// ReadJSON reads a report that Write produced in FormatJSON. It refuses,
// with an error wrapping ErrNotReport, anything without the factdesk marker
// (other JSON, a ClaimReview file, no JSON at all); with ErrNewerReport a
// later format version; and with ErrInvalidReport an export whose content
// does not hold together (claim spans outside the text, unknown kinds or
// verdicts, a text that does not match its hash, repeated IDs).
func ReadJSON(r io.Reader) (Report, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Report{}, fmt.Errorf("reading report: %w", err)
	}
	data = bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if err := checkMarker(data); err != nil {
		return Report{}, err
	}
	var in jsonReport
	if err := json.Unmarshal(data, &in); err != nil {
		return Report{}, fmt.Errorf("%w: %v", ErrInvalidReport, err)
	}
	rep := Report{Generated: in.Generated, Source: in.Source, Lang: in.Lang}
	if len(in.Articles) > 0 {
		rep.Bundles = in.Articles
	}
	for i := range rep.Bundles {
		if len(rep.Bundles[i].Claims) == 0 {
			rep.Bundles[i].Claims = nil
		}
	}
	if err := validate(rep); err != nil {
		return Report{}, fmt.Errorf("%w: %v", ErrInvalidReport, err)
	}
	return rep, nil
}

// checkMarker makes sure data is a JSON object carrying the factdesk marker
// and a version this package reads, and says what it is otherwise.
func checkMarker(data []byte) error {
	if len(data) == 0 {
		return fmt.Errorf("%w: the input is empty", ErrNotReport)
	}
	if !json.Valid(data) {
		var v any
		err := json.Unmarshal(data, &v)
		return fmt.Errorf("%w: not valid JSON (%v)", ErrNotReport, err)
	}
	if data[0] != '{' {
		return fmt.Errorf("%w: %s", ErrNotReport, describeJSON(data))
	}
	var head map[string]json.RawMessage
	if err := json.Unmarshal(data, &head); err != nil {
		return fmt.Errorf("%w: %v", ErrNotReport, err)
	}
	var format string
	if raw, ok := head["format"]; !ok || json.Unmarshal(raw, &format) != nil || format != jsonFormat {
		if _, ok := head["@context"]; ok {
			return fmt.Errorf("%w: a JSON-LD document (ClaimReview exports cannot be read back; use the JSON export)", ErrNotReport)
		}
		if !ok {
			return fmt.Errorf("%w: no \"format\": %q marker", ErrNotReport, jsonFormat)
		}
		return fmt.Errorf("%w: \"format\" is %s, want %q", ErrNotReport, raw, jsonFormat)
	}
	var version int
	raw, ok := head["version"]
	if !ok {
		return fmt.Errorf("%w: no \"version\"", ErrInvalidReport)
	}
	if err := json.Unmarshal(raw, &version); err != nil || version < 1 {
		return fmt.Errorf("%w: \"version\" is %s, want a whole number from 1", ErrInvalidReport, raw)
	}
	if version > jsonVersion {
		return fmt.Errorf("%w: report format version %d, this factdesk reads up to %d", ErrNewerReport, version, jsonVersion)
	}
	return nil
}

// describeJSON names what kind of JSON value data holds, for errors.
func describeJSON(data []byte) string {
	switch data[0] {
	case '[':
		var items []struct {
			Type string `json:"@type"`
		}
		if json.Unmarshal(data, &items) == nil && len(items) > 0 && items[0].Type == "ClaimReview" {
			return "a schema.org ClaimReview file (ClaimReview exports cannot be read back; use the JSON export)"
		}
		return "a JSON array, want an object"
	case '"':
		return "a JSON string, want an object"
	case 'n':
		return "JSON null, want an object"
	case 't', 'f':
		return "a JSON boolean, want an object"
	}
	return "a JSON number, want an object"
}
