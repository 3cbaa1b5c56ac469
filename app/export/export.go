// Package export gathers what a claim report covers from the store: the one
// place where the command line's `factdesk export` and the workbench's
// export dialog choose articles and claims, so both give the same report
// for the same selection. It does not import fyne.
package export

import (
	"context"
	"fmt"
	"time"

	"github.com/factdesk/factdesk/claims"
	"github.com/factdesk/factdesk/claims/report"
	"github.com/factdesk/factdesk/store"
)

// Selection names the articles and claims a report covers. Zero values
// mean "all".
type Selection struct {
	ArticleID string         // only this article
	From, To  string         // only articles published in this range, YYYY-MM-DD, inclusive
	Verdict   claims.Verdict // only claims with this verdict; articles without any are left out
	// WithTrash also carries claims and sources in the trash (marked with
	// deleted_at). The JSON export sets it, so that a re-import gives an
	// identical article; reports for readers leave the trash out.
	WithTrash bool
}

// Collect reads the selected articles, oldest first (a report reads best in
// publication order), with their claims, reviews and sources.
func Collect(ctx context.Context, st *store.Store, sel Selection) (report.Report, error) {
	r := report.Report{Generated: time.Now(), Source: st.Path()}
	var ids []string
	if sel.ArticleID != "" {
		ids = []string{sel.ArticleID}
	} else {
		list, err := st.Articles(ctx, store.ArticleFilter{From: sel.From, To: sel.To})
		if err != nil {
			return r, err
		}
		for i := len(list) - 1; i >= 0; i-- { // the store lists newest first
			ids = append(ids, list[i].ID)
		}
	}
	filter := store.ClaimFilter{Verdict: sel.Verdict, IncludeDeleted: sel.WithTrash}
	for _, id := range ids {
		a, err := st.Article(ctx, id)
		if err != nil {
			return r, fmt.Errorf("article %s: %w", id, err)
		}
		cs, err := st.Claims(ctx, id, filter)
		if err != nil {
			return r, err
		}
		if sel.Verdict != "" && len(cs) == 0 && sel.ArticleID == "" {
			continue
		}
		r.Bundles = append(r.Bundles, report.Bundle{Article: a, Claims: cs})
	}
	return r, nil
}
