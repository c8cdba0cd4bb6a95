package main

import (
	"net/http"
	"time"
)

// POST /login — after the credentials check, store the session id in a cookie.
func loginHandler(auth func(user, pass string) (string, bool)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		sid, ok := auth(r.PostForm.Get("username"), r.PostForm.Get("password"))
		if !ok {
			http.Error(w, "invalid credentials", http.StatusUnauthorized)
			return
		}
		http.SetCookie(w, &http.Cookie{
			Name:    "session",
			Value:   sid,
			Path:    "/",
			Expires: time.Now().Add(24 * time.Hour),
		})
		http.Redirect(w, r, "/app", http.StatusSeeOther)
	}
}
