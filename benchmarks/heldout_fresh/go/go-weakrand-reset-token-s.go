package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"time"
)

func newResetToken(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func forgotPassword(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	token := newResetToken(32)
	saveResetToken(email, token, time.Now().Add(time.Hour))
	sendMail(email, fmt.Sprintf("https://app.example.com/reset?token=%s", token))
	w.WriteHeader(http.StatusAccepted)
}

func saveResetToken(email, token string, exp time.Time) {}
func sendMail(to, body string)                          {}
