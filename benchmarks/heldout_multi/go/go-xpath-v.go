package main

import (
	"fmt"
	"net/http"
	"os"

	"github.com/antchfx/xmlquery"
)

func price(w http.ResponseWriter, r *http.Request) {
	f, _ := os.Open("catalog.xml")
	defer f.Close()
	doc, _ := xmlquery.Parse(f)
	sku := r.URL.Query().Get("sku")
	node := xmlquery.FindOne(doc, "//product[@sku='"+sku+"']/price")
	if node == nil {
		http.NotFound(w, r)
		return
	}
	fmt.Fprint(w, node.InnerText())
}

func main() {
	http.HandleFunc("/price", price)
	http.ListenAndServe(":8080", nil)
}
