package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

func searchTags(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		prefix := r.URL.Query().Get("prefix")
		rows, err := db.Query("SELECT name FROM tags WHERE name LIKE '" + prefix + "%'")
		if err != nil {
			http.Error(w, "error", 500)
			return
		}
		defer rows.Close()
		var names []string
		for rows.Next() {
			var n string
			rows.Scan(&n)
			names = append(names, n)
		}
		json.NewEncoder(w).Encode(names)
	}
}
