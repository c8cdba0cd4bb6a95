package main

import (
	"fmt"
	"math/rand"
	"net/http"
	"time"
)

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

func newResetToken(n int) string {
	rnd := rand.New(rand.NewSource(time.Now().UnixNano()))
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[rnd.Intn(len(alphabet))]
	}
	return string(b)
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
