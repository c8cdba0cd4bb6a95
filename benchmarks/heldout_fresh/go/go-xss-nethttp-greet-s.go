package main

import (
	"fmt"
	"html"
	"net/http"
)

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "guest"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><body><h1>Welcome back, %s!</h1></body></html>", html.EscapeString(name))
}

func main() {
	http.HandleFunc("/welcome", greet)
	http.ListenAndServe(":8080", nil)
}
