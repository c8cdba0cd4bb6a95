package main

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"regexp"
)

type digRequest struct {
	Domain string `json:"domain"`
	Type   string `json:"type"`
}

var (
	domainRE    = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$`)
	recordTypes = map[string]bool{"A": true, "AAAA": true, "MX": true, "TXT": true, "NS": true, "CNAME": true}
)

// POST /tools/dns  {"domain": "example.com", "type": "MX"}
func dnsLookup(w http.ResponseWriter, r *http.Request) {
	var req digRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || !domainRE.MatchString(req.Domain) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if req.Type == "" {
		req.Type = "A"
	}
	if !recordTypes[req.Type] {
		http.Error(w, "bad record type", http.StatusBadRequest)
		return
	}
	out, err := exec.CommandContext(r.Context(), "dig", "+short", req.Type, req.Domain).CombinedOutput()
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
