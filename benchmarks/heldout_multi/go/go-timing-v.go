package main

import (
	"net/http"
	"os"
)

var adminToken = os.Getenv("ADMIN_TOKEN")

func admin(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Admin-Token") != adminToken {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.Write([]byte("welcome"))
}

func main() {
	http.HandleFunc("/admin", admin)
	http.ListenAndServe(":8080", nil)
}
