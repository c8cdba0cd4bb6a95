package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const logDir = "/var/log/app"

func logs(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	full := filepath.Clean(filepath.Join(logDir, file))
	if !strings.HasPrefix(full, logDir+string(os.PathSeparator)) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	data, err := os.ReadFile(full)
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
