package main

import (
	"log"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("username")
	if !verify(user, r.FormValue("password")) {
		log.Printf("auth failure user=%q ip=%s", user, r.RemoteAddr)
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("ok"))
}

func verify(u, p string) bool { return false }

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}
