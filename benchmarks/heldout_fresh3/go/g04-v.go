package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"

	_ "github.com/mattn/go-sqlite3"
)

var db *sql.DB

// GET /events/recent?limit=20 — limit is passed straight to SQLite.
func recentEvents(w http.ResponseWriter, r *http.Request) {
	limit := r.URL.Query().Get("limit")
	if limit == "" {
		limit = "20"
	}
	rows, err := db.Query(fmt.Sprintf("SELECT id, kind, created_at FROM events ORDER BY created_at DESC LIMIT %s", limit))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	defer rows.Close()
	type event struct{ ID int64; Kind, CreatedAt string }
	var out []event
	for rows.Next() {
		var e event
		rows.Scan(&e.ID, &e.Kind, &e.CreatedAt)
		out = append(out, e)
	}
	json.NewEncoder(w).Encode(out)
}

func main() {
	var err error
	if db, err = sql.Open("sqlite3", "file:events.db"); err != nil {
		panic(err)
	}
	http.HandleFunc("/events/recent", recentEvents)
	http.ListenAndServe(":8080", nil)
}
