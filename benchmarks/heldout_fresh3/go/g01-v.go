package handlers

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
)

type Booking struct {
	ID     int64  `json:"id"`
	Guest  string `json:"guest"`
	Room   string `json:"room"`
	Status string `json:"status"`
}

func BookingsByGuest(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		guest := r.URL.Query().Get("guest")
		query := fmt.Sprintf("SELECT id, guest, room, status FROM bookings WHERE guest = '%s' ORDER BY id DESC", guest)
		rows, err := db.QueryContext(r.Context(), query)
		if err != nil {
			http.Error(w, "query failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		var out []Booking
		for rows.Next() {
			var b Booking
			if err := rows.Scan(&b.ID, &b.Guest, &b.Room, &b.Status); err != nil {
				http.Error(w, "scan failed", http.StatusInternalServerError)
				return
			}
			out = append(out, b)
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(out)
	}
}
