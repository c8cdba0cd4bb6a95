package main

import (
	"log"
	"net/http"
	"text/template"
)

var page = template.Must(template.New("profile").Parse(`<!doctype html>
<html><head><title>{{.Name}}</title></head>
<body>
  <h1>{{.Name}}</h1>
  <p class="tagline">{{.Tagline}}</p>
  <a href="{{.Website}}">website</a>
</body></html>`))

type profile struct {
	Name, Tagline, Website string
}

// GET /preview?name=..&tagline=..&website=..  — live preview while the user edits their profile
func preview(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p := profile{Name: q.Get("name"), Tagline: q.Get("tagline"), Website: q.Get("website")}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := page.Execute(w, p); err != nil {
		log.Println(err)
	}
}

func main() {
	http.HandleFunc("/preview", preview)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
