package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 32)
	rand.Read(b)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: hex.EncodeToString(b), Path: "/", HttpOnly: false, Secure: false})
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}
