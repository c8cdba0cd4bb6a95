package main

import (
	"net/http"
	"net/url"
	"strings"
)

func checkCredentials(user, pass string) bool { return user != "" && pass != "" }

func safeNext(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") ||
		strings.HasPrefix(raw, "//") || strings.Contains(raw, "\\") {
		return "/dashboard"
	}
	return u.RequestURI()
}

func loginHandler(w http.ResponseWriter, r *http.Request) {
	if !checkCredentials(r.FormValue("user"), r.FormValue("pass")) {
		http.Error(w, "invalid login", http.StatusUnauthorized)
		return
	}
	next := safeNext(r.URL.Query().Get("next"))
	http.Redirect(w, r, next, http.StatusFound)
}

func main() {
	http.HandleFunc("/login", loginHandler)
	http.ListenAndServe(":8080", nil)
}
