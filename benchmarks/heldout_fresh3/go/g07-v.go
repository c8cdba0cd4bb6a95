package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

const exportsDir = "/var/lib/analytics/exports"

// GET /exports/download?name=2026-11-weekly.csv
func downloadExport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "name required", http.StatusBadRequest)
		return
	}
	f, err := os.Open(filepath.Join(exportsDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "text/csv")
	w.Header().Set("Content-Disposition", "attachment")
	io.Copy(w, f)
}

func main() {
	http.HandleFunc("GET /exports/download", downloadExport)
	http.ListenAndServe(":8080", nil)
}
