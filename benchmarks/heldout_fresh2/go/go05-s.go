package main

import (
	"log"
	"net/http"
	"os"
	"path/filepath"
)

type backupServer struct {
	root string
}

// GET /backups/download?file=2024-06-01/db.sql.gz
func (s *backupServer) download(w http.ResponseWriter, r *http.Request) {
	rel := r.URL.Query().Get("file")
	// Clean as if rooted at "/" so ".." can never climb above the backup root.
	full := filepath.Join(s.root, filepath.Clean("/"+rel))
	f, err := os.Open(full)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Disposition", "attachment; filename="+filepath.Base(full))
	http.ServeContent(w, r, info.Name(), info.ModTime(), f)
}

func main() {
	s := &backupServer{root: "/var/backups/app"}
	http.HandleFunc("/backups/download", s.download)
	log.Fatal(http.ListenAndServe(":9000", nil))
}
