package main

import (
	"log"
	"net/http"
	"os"
)

var audit = log.New(os.Stdout, "audit ", log.LstdFlags|log.LUTC)

type resetHandler struct {
	users UserService
}

// POST /password/forgot with form field "email".
func (h resetHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	email := r.PostFormValue("email")
	found := h.users.SendResetMail(r.Context(), email)
	audit.Printf("password reset requested email=%s found=%t ip=%s", email, found, r.RemoteAddr)
	// Same answer either way so the form cannot be used to enumerate accounts.
	w.WriteHeader(http.StatusAccepted)
	w.Write([]byte("If the address exists, a reset link is on its way."))
}
