package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

// POST /convert  (multipart "doc") — converts an uploaded .docx to PDF with LibreOffice.
func convert(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("doc")
	if err != nil {
		http.Error(w, "doc required", http.StatusBadRequest)
		return
	}
	defer file.Close()
	dir, err := os.MkdirTemp("", "convert-") // private 0700 directory with a random name
	if err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	defer os.RemoveAll(dir)
	tmpPath := filepath.Join(dir, "input.docx")
	tmp, err := os.OpenFile(tmpPath, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	io.Copy(tmp, file)
	tmp.Close()
	if err := exec.Command("soffice", "--headless", "--convert-to", "pdf", "--outdir", dir, tmpPath).Run(); err != nil {
		http.Error(w, "conversion failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	http.ServeFile(w, r, filepath.Join(dir, "input.pdf"))
}
