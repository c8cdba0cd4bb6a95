package main

import (
	"net/http"
	"os"
	"path/filepath"
)

const logDir = "/var/log/app"

func logs(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	data, err := os.ReadFile(filepath.Join(logDir, file))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func main() {
	http.HandleFunc("/logs", logs)
	http.ListenAndServe(":8080", nil)
}
