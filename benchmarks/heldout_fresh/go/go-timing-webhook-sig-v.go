package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
)

var webhookKey = []byte(os.Getenv("WEBHOOK_KEY"))

func webhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	mac := hmac.New(sha256.New, webhookKey)
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	if r.Header.Get("X-Signature") != expected {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/hooks/deploy", webhook)
	http.ListenAndServe(":8080", nil)
}
