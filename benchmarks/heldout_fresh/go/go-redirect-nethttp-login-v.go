package main

import "net/http"

func checkCredentials(user, pass string) bool { return user != "" && pass != "" }

func loginHandler(w http.ResponseWriter, r *http.Request) {
	if !checkCredentials(r.FormValue("user"), r.FormValue("pass")) {
		http.Error(w, "invalid login", http.StatusUnauthorized)
		return
	}
	next := r.URL.Query().Get("next")
	if next == "" {
		next = "/dashboard"
	}
	http.Redirect(w, r, next, http.StatusFound)
}

func main() {
	http.HandleFunc("/login", loginHandler)
	http.ListenAndServe(":8080", nil)
}
