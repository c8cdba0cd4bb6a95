package main

import (
	"fmt"
	"net/http"
	"runtime/debug"
)

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if err := recover(); err != nil {
				w.WriteHeader(http.StatusInternalServerError)
				fmt.Fprintf(w, "panic: %v\n%s", err, debug.Stack())
			}
		}()
		next.ServeHTTP(w, r)
	})
}
