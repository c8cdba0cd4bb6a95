package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
)

var deployToken = os.Getenv("DEPLOY_HOOK_TOKEN")

// POST /hooks/deploy is called by CI with X-Deploy-Token and a JSON body describing the build.
func deployHook(w http.ResponseWriter, r *http.Request) {
	if deployToken == "" || r.Header.Get("X-Deploy-Token") != deployToken {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	sum := sha256.Sum256(body)
	enqueueDeploy(body)
	w.Write([]byte("queued " + hex.EncodeToString(sum[:8])))
}

func main() {
	http.HandleFunc("POST /hooks/deploy", deployHook)
	http.ListenAndServe(":8443", nil)
}
