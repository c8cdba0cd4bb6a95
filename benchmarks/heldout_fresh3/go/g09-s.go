package main

import (
	"net/http"
	"html/template"
)

var page = template.Must(template.New("greet").Parse(`<!doctype html>
<html><body>
  <h1>Welcome back, {{.Name}}!</h1>
  <p>Your referral code: <code>{{.Code}}</code></p>
</body></html>`))

func welcome(w http.ResponseWriter, r *http.Request) {
	data := struct{ Name, Code string }{
		Name: r.URL.Query().Get("name"),
		Code: r.URL.Query().Get("ref"),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := page.Execute(w, data); err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
	}
}

func main() {
	http.HandleFunc("/welcome", welcome)
	http.ListenAndServe(":8080", nil)
}
