package main

import "net/http"

func callback(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if next == "" {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusFound)
}

func main() {
	http.HandleFunc("/callback", callback)
	http.ListenAndServe(":8080", nil)
}
