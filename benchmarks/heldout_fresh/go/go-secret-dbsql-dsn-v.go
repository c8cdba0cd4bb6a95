package billing

import (
	"database/sql"
	"time"

	_ "github.com/lib/pq"
)

const dsn = "postgres://billing:Qx7!pR2vLm9s@db.prod.internal:5432/billing?sslmode=require"

func OpenDB() (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(20)
	db.SetConnMaxLifetime(30 * time.Minute)
	return db, db.Ping()
}
