package main

import (
	"fmt"
	"net/http"
	"os/exec"
	"regexp"
	"strconv"

	"github.com/go-chi/chi/v5"
)

var videoName = regexp.MustCompile(`^[a-z0-9_-]{1,64}$`)

// GET /videos/{name}/preview?at=5 — grabs one frame with ffmpeg and returns it as JPEG
func previewFrame(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	if !videoName.MatchString(name) {
		http.Error(w, "bad video name", http.StatusBadRequest)
		return
	}
	at, err := strconv.Atoi(r.URL.Query().Get("at"))
	if err != nil || at < 0 || at > 86400 {
		at = 1
	}
	script := fmt.Sprintf("ffmpeg -loglevel error -ss %d -i /srv/videos/%s.mp4 -frames:v 1 -f image2 -", at, name)
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
