package main

import (
	"fmt"
	"net/http"
	"os/exec"

	"github.com/go-chi/chi/v5"
)

// GET /videos/{name}/preview?at=00:00:05 — grabs one frame with ffmpeg and returns it as JPEG
func previewFrame(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	at := r.URL.Query().Get("at")
	if at == "" {
		at = "00:00:01"
	}
	script := fmt.Sprintf("ffmpeg -loglevel error -ss %s -i /srv/videos/%s.mp4 -frames:v 1 -f image2 -", at, name)
	img, err := exec.Command("/bin/sh", "-c", script).Output()
	if err != nil {
		http.Error(w, "could not extract frame", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "image/jpeg")
	w.Write(img)
}

func main() {
	r := chi.NewRouter()
	r.Get("/videos/{name}/preview", previewFrame)
	http.ListenAndServe(":8080", r)
}
