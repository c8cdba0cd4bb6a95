package main

import (
	"database/sql"
	"fmt"
	"net/http"

	_ "github.com/lib/pq"
)

var db *sql.DB

func bookHandler(w http.ResponseWriter, r *http.Request) {
	isbn := r.URL.Query().Get("isbn")
	query := "SELECT title FROM books WHERE isbn = $1"
	var title string
	if err := db.QueryRow(query, isbn).Scan(&title); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	fmt.Fprintln(w, title)
}

func main() {
	db, _ = sql.Open("postgres", "dbname=library sslmode=disable")
	http.HandleFunc("/book", bookHandler)
	http.ListenAndServe(":8080", nil)
}
