package main

import (
	"encoding/json"
	"io"
	"net/http"
)

type Job struct {
	Name string            `json:"name"`
	Args map[string]string `json:"args"`
}

func submit(w http.ResponseWriter, r *http.Request) {
	var job Job
	dec := json.NewDecoder(io.LimitReader(r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&job); err != nil {
		http.Error(w, "bad job", 400)
		return
	}
	w.WriteHeader(202)
}

func main() {
	http.HandleFunc("/jobs", submit)
	http.ListenAndServe(":8080", nil)
}
