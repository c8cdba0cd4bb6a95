package main

import (
	"encoding/json"
	"net/http"
	"os/exec"
)

type digRequest struct {
	Domain string `json:"domain"`
	Type   string `json:"type"`
}

// POST /tools/dns  {"domain": "example.com", "type": "MX"}
func dnsLookup(w http.ResponseWriter, r *http.Request) {
	var req digRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Domain == "" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if req.Type == "" {
		req.Type = "A"
	}
	out, err := exec.CommandContext(r.Context(), "sh", "-c", "dig +short "+req.Type+" "+req.Domain).CombinedOutput()
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(out)
}

func main() {
	http.HandleFunc("/tools/dns", dnsLookup)
	http.ListenAndServe(":8080", nil)
}
