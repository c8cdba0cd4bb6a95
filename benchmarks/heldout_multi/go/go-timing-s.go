package main

import (
	"crypto/subtle"
	"net/http"
	"os"
)

var adminToken = os.Getenv("ADMIN_TOKEN")

func admin(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Admin-Token")), []byte(adminToken)) != 1 {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.Write([]byte("welcome"))
}

func main() {
	http.HandleFunc("/admin", admin)
	http.ListenAndServe(":8080", nil)
}
