package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

// POST /convert  (multipart "doc") — converts an uploaded .docx to PDF with LibreOffice.
func convert(w http.ResponseWriter, r *http.Request) {
	file, hdr, err := r.FormFile("doc")
	if err != nil {
		http.Error(w, "doc required", http.StatusBadRequest)
		return
	}
	defer file.Close()
	tmpPath := fmt.Sprintf("/tmp/convert-%s", filepath.Base(hdr.Filename))
	tmp, err := os.Create(tmpPath)
	if err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	io.Copy(tmp, file)
	tmp.Close()
	defer os.Remove(tmpPath)
	if err := exec.Command("soffice", "--headless", "--convert-to", "pdf", "--outdir", "/tmp", tmpPath).Run(); err != nil {
		http.Error(w, "conversion failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	http.ServeFile(w, r, tmpPath[:len(tmpPath)-len(filepath.Ext(tmpPath))]+".pdf")
}
