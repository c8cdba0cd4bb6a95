package main

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`<div class="msg">{{.}}</div>`))

func show(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("msg")
	page.Execute(w, template.HTML(msg))
}

func main() {
	http.HandleFunc("/show", show)
	http.ListenAndServe(":8080", nil)
}
