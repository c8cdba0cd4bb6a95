package main

import (
	"log"
	"net/http"
	"os"
)

var audit = log.New(mustOpen("/var/log/portal/auth.log"), "", log.LstdFlags|log.LUTC)

func mustOpen(p string) *os.File {
	f, err := os.OpenFile(p, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o640)
	if err != nil {
		panic(err)
	}
	return f
}

// POST /login — failed attempts are written to the auth log that fail2ban watches.
func login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("username")
	if !checkPassword(user, r.FormValue("password")) {
		audit.Printf("auth failure user=%q ip=%s", user, r.RemoteAddr)
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	audit.Printf("auth success user=%q ip=%s", user, r.RemoteAddr)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/login", login)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
