package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	_ "github.com/lib/pq"
)

type Ticket struct {
	ID      int    `json:"id"`
	Subject string `json:"subject"`
	Status  string `json:"status"`
}

var db *sql.DB

// GET /tickets?assignee=maria
func ticketsHandler(w http.ResponseWriter, r *http.Request) {
	assignee := r.URL.Query().Get("assignee")
	query := fmt.Sprintf("SELECT id, subject, status FROM tickets WHERE assignee = '%s' AND status <> 'closed'", assignee)
	rows, err := db.QueryContext(r.Context(), query)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Ticket
	for rows.Next() {
		var t Ticket
		if err := rows.Scan(&t.ID, &t.Subject, &t.Status); err == nil {
			out = append(out, t)
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func main() {
	var err error
	if db, err = sql.Open("postgres", os.Getenv("DATABASE_URL")); err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/tickets", ticketsHandler)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
