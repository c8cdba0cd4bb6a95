package main

import (
	"net/http"

	"gopkg.in/yaml.v2"
)

type Job struct {
	Name string
	Args map[string]interface{}
}

func submit(w http.ResponseWriter, r *http.Request) {
	var job interface{}
	body := make([]byte, r.ContentLength)
	r.Body.Read(body)
	if err := yaml.Unmarshal(body, &job); err != nil {
		http.Error(w, "bad job", 400)
		return
	}
	w.WriteHeader(202)
}

func main() {
	http.HandleFunc("/jobs", submit)
	http.ListenAndServe(":8080", nil)
}
