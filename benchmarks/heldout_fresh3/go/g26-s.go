package main

import (
	"log"
	"net/http"
	"runtime/debug"

	"github.com/go-chi/chi/v5"
)

// recoverer turns panics in handlers into a 500 response so the server keeps running.
func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if rec := recover(); rec != nil {
				log.Printf("panic serving %s %q: %v\n%s", r.Method, r.URL.Path, rec, debug.Stack())
				w.Header().Set("Content-Type", "text/plain; charset=utf-8")
				w.WriteHeader(http.StatusInternalServerError)
				w.Write([]byte("internal error\n"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func main() {
	r := chi.NewRouter()
	r.Use(recoverer)
	r.Get("/orders/{id}", getOrder)
	http.ListenAndServe(":8080", r)
}
