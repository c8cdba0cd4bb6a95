package main

import (
	"mime"
	"net/http"
)

func export(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Write([]byte("id,value\n"))
}

func main() {
	http.HandleFunc("/export", export)
	http.ListenAndServe(":8080", nil)
}
