package main

import (
	"database/sql"
	"encoding/json"
	"net/http"

	_ "github.com/go-sql-driver/mysql"
)

var db *sql.DB

type Order struct {
	ID    int     `json:"id"`
	Total float64 `json:"total"`
}

func ordersHandler(w http.ResponseWriter, r *http.Request) {
	customer := r.URL.Query().Get("customer")
	q := "SELECT id, total FROM orders WHERE customer_email = ? ORDER BY id DESC"
	rows, err := db.Query(q, customer)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Total); err == nil {
			out = append(out, o)
		}
	}
	json.NewEncoder(w).Encode(out)
}

func main() {
	db, _ = sql.Open("mysql", "app@tcp(127.0.0.1:3306)/shop")
	http.HandleFunc("/orders", ordersHandler)
	http.ListenAndServe(":8080", nil)
}
