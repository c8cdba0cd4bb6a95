package store

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
)

type Employee struct {
	ID        int64  `db:"id"`
	Name      string `db:"name"`
	Team      string `db:"team"`
	StartDate string `db:"start_date"`
}

type EmployeeStore struct {
	db *sqlx.DB
}

var sortColumns = map[string]string{
	"name":  "name",
	"start": "start_date",
	"id":    "id",
}

// List is called by the HR dashboard with sortBy and dir taken from the query string.
func (s *EmployeeStore) List(ctx context.Context, team, sortBy, dir string) ([]Employee, error) {
	if dir != "desc" {
		dir = "asc"
	}
	col, ok := sortColumns[sortBy]
	if !ok {
		col = "name"
	}
	q := fmt.Sprintf("SELECT id, name, team, start_date FROM employees WHERE team = $1 ORDER BY %s %s", col, dir)
	var out []Employee
	err := s.db.SelectContext(ctx, &out, q, team)
	return out, err
}
