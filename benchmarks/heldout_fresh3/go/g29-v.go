package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
)

// POST /scan accepts an uploaded file and runs it through clamscan.
func scanUpload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "file required", http.StatusBadRequest)
		return
	}
	defer file.Close()
	tmpPath := fmt.Sprintf("/tmp/scan-%d.bin", header.Size)
	tmp, err := os.Create(tmpPath)
	if err != nil {
		http.Error(w, "temp file error", http.StatusInternalServerError)
		return
	}
	defer os.Remove(tmpPath)
	io.Copy(tmp, file)
	tmp.Close()
	out, _ := exec.Command("clamscan", "--no-summary", tmpPath).CombinedOutput()
	w.Header().Set("Content-Type", "text/plain")
	w.Write(out)
}

func main() {
	http.HandleFunc("POST /scan", scanUpload)
	http.ListenAndServe(":8080", nil)
}
