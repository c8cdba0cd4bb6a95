package main

import (
	"crypto/sha256"
	"crypto/subtle"
	"log"
	"net/http"
	"os"
)

// apiKeyAuth protects the internal admin endpoints with a static key from the environment.
func apiKeyAuth(next http.Handler) http.Handler {
	expected := os.Getenv("ADMIN_API_KEY")
	expectedSum := sha256.Sum256([]byte(expected))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		givenSum := sha256.Sum256([]byte(r.Header.Get("X-Api-Key")))
		if expected == "" || subtle.ConstantTimeCompare(givenSum[:], expectedSum[:]) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/admin/reindex", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("reindex started\n"))
	})
	log.Fatal(http.ListenAndServe(":8443", apiKeyAuth(mux)))
}
