package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/factdesk/factdesk/claims"
)

// personSelect reads people.
const personSelect = `SELECT id, name, aliases, born, updated_at, updated_by, version, deleted_at FROM people`

func scanPeople(rows *sql.Rows) ([]claims.Person, error) {
	defer rows.Close()
	var out []claims.Person
	for rows.Next() {
		var p claims.Person
		var aliases string
		var updated, deleted sql.NullInt64
		if err := rows.Scan(&p.ID, &p.Name, &aliases, &p.Born, &updated, &p.UpdatedBy, &p.Version, &deleted); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(aliases), &p.Aliases); err != nil {
			return nil, fmt.Errorf("person %s: aliases: %w", p.ID, err)
		}
		p.UpdatedAt, p.DeletedAt = nsTime(updated), nsTime(deleted)
		out = append(out, p)
	}
	return out, rows.Err()
}

// People lists the people on file by name.
func (s *Store) People(ctx context.Context) ([]claims.Person, error) {
	rows, err := s.ro.QueryContext(ctx, personSelect+` WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id`)
	if err != nil {
		return nil, fmt.Errorf("people: %w", err)
	}
	return scanPeople(rows)
}

// people lists the live people inside a transaction.
func (t *tx) people() ([]claims.Person, error) {
	rows, err := t.QueryContext(t.ctx, personSelect+` WHERE deleted_at IS NULL ORDER BY n`)
	if err != nil {
		return nil, err
	}
	return scanPeople(rows)
}

// SavePerson inserts a person (empty ID) or updates one, and re-checks
// the age claims that name them.
func (s *Store) SavePerson(ctx context.Context, p claims.Person) (string, error) {
	p.Name = strings.TrimSpace(p.Name)
	if p.Name == "" {
		return "", errors.New("save person: the name is empty")
	}
	if p.Born != "" {
		if _, err := time.Parse(time.DateOnly, p.Born); err != nil {
			return "", fmt.Errorf("save person: birth date %q is not YYYY-MM-DD", p.Born)
		}
	}
	cols := []col{{"name", p.Name}, {"aliases", p.Aliases}, {"born", p.Born}}
	err := s.write(ctx, "save person", func(t *tx) error {
		if p.ID == "" {
			p.ID = newID()
			if err := t.insert("person", p.ID, cols); err != nil {
				return err
			}
		} else {
			if err := t.live("person", p.ID); err != nil {
				return err
			}
			if _, err := t.update("person", p.ID, cols, histOpts{}); err != nil {
				return err
			}
		}
		return t.recheckAges(`1`)
	})
	if err != nil {
		return "", err
	}
	return p.ID, nil
}

// DeletePerson moves a person to the trash; age checks that relied on
// them become unknown.
func (s *Store) DeletePerson(ctx context.Context, id string) error {
	return s.write(ctx, "delete person", func(t *tx) error {
		if err := t.trash("person", id); err != nil {
			return err
		}
		return t.recheckAges(`c.age_person_id = ?`, id)
	})
}

// ageCheck checks an age claim against the people on file: the person is
// found by name or alias (case and accents folded) or, for a one-word
// name in the claim, by surname.
func ageCheck(c claims.Claim, people []claims.Person, published string) claims.AgeCheck {
	p, ok := findPerson(c.Person, people)
	if !ok {
		return claims.AgeCheck{}
	}
	chk := claims.CheckAge(c.Age, p.Born, published)
	chk.PersonID = p.ID
	return chk
}

func findPerson(name string, people []claims.Person) (claims.Person, bool) {
	want := normText(name)
	if want == "" {
		return claims.Person{}, false
	}
	for _, p := range people {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if normText(n) == want {
				return p, true
			}
		}
	}
	if strings.Contains(want, " ") {
		return claims.Person{}, false
	}
	for _, p := range people {
		if w := words(p.Name); len(w) > 1 && w[len(w)-1] == want {
			return p, true
		}
	}
	return claims.Person{}, false
}

// recheckAges re-runs the age check of the live age claims that where
// selects (over claims c) and stores changed results with history.
func (t *tx) recheckAges(where string, args ...any) error {
	people, err := t.people()
	if err != nil {
		return err
	}
	rows, err := t.QueryContext(t.ctx, `SELECT c.id, c.person, c.age, a.published FROM claims c
		JOIN articles a ON a.id = c.article_id
		WHERE c.kind = 'age' AND c.deleted_at IS NULL AND `+where, args...)
	if err != nil {
		return err
	}
	type ageRow struct {
		c         claims.Claim
		published string
	}
	var todo []ageRow
	for rows.Next() {
		var r ageRow
		if err := rows.Scan(&r.c.ID, &r.c.Person, &r.c.Age, &r.published); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range todo {
		chk := ageCheck(r.c, people, r.published)
		if _, err := t.update("claim", r.c.ID, []col{
			{"age_result", string(chk.Result)}, {"age_expected", chk.Expected}, {"age_person_id", chk.PersonID},
		}, histOpts{}); err != nil {
			return err
		}
	}
	return nil
}
