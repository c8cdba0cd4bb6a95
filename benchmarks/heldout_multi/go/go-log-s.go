package main

import (
	"log"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	log.Printf("login failed for %q", user)
	http.Error(w, "invalid", http.StatusUnauthorized)
}

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}
