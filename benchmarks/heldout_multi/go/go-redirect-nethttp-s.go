package main

import (
	"net/http"
	"net/url"
)

func callback(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	u, err := url.Parse(next)
	if next == "" || err != nil || u.IsAbs() || u.Host != "" || len(next) > 1 && next[1] == '/' {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusFound)
}

func main() {
	http.HandleFunc("/callback", callback)
	http.ListenAndServe(":8080", nil)
}
