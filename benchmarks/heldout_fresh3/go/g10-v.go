package main

import (
	"fmt"
	"net/http"
	"strings"
)

type server struct {
	catalog map[string]float64
}

func (s *server) lookupPrice(w http.ResponseWriter, r *http.Request) {
	sku := strings.TrimSpace(r.FormValue("sku"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	price, ok := s.catalog[sku]
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, "<p class=\"err\">Unknown SKU: %s</p>", sku)
		return
	}
	fmt.Fprintf(w, "<p>%s costs <b>%.2f EUR</b></p>", sku, price)
}

func main() {
	s := &server{catalog: map[string]float64{"A-100": 19.99, "B-200": 4.50}}
	http.HandleFunc("/price", s.lookupPrice)
	http.ListenAndServe(":8080", nil)
}
