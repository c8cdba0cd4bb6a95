package main

import (
	"fmt"
	"net/http"
	"os/exec"

	"github.com/go-chi/chi/v5"
)

// GET /admin/journal/{unit}?lines=N shows the last lines of a systemd unit's journal.
func journalHandler(w http.ResponseWriter, r *http.Request) {
	unit := chi.URLParam(r, "unit")
	lines := r.URL.Query().Get("lines")
	if lines == "" {
		lines = "100"
	}
	script := fmt.Sprintf("journalctl -u %s -n %s --no-pager", unit, lines)
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
