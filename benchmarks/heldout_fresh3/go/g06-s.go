package main

import (
	"fmt"
	"net/http"
	"os/exec"
	"strconv"

	"github.com/go-chi/chi/v5"
)

var units = map[string]string{
	"api":    "acme-api.service",
	"worker": "acme-worker.service",
	"nginx":  "nginx.service",
}

// GET /admin/journal/{unit}?lines=N shows the last lines of a systemd unit's journal.
func journalHandler(w http.ResponseWriter, r *http.Request) {
	unit, ok := units[chi.URLParam(r, "unit")]
	if !ok {
		http.Error(w, "unknown unit", http.StatusNotFound)
		return
	}
	lines, err := strconv.Atoi(r.URL.Query().Get("lines"))
	if err != nil || lines < 1 || lines > 5000 {
		lines = 100
	}
	script := fmt.Sprintf("journalctl -u %s -n %d --no-pager", unit, lines)
	out, err := exec.CommandContext(r.Context(), "/bin/sh", "-c", script).Output()
	if err != nil {
		http.Error(w, "journalctl failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write(out)
}

func main() {
	r := chi.NewRouter()
	r.Get("/admin/journal/{unit}", journalHandler)
	http.ListenAndServe("127.0.0.1:9000", r)
}
