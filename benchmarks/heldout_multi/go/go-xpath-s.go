package main

import (
	"fmt"
	"net/http"
	"os"
	"regexp"

	"github.com/antchfx/xmlquery"
)

var skuRe = regexp.MustCompile(`^[A-Z0-9-]{1,20}$`)

func price(w http.ResponseWriter, r *http.Request) {
	f, _ := os.Open("catalog.xml")
	defer f.Close()
	doc, _ := xmlquery.Parse(f)
	sku := r.URL.Query().Get("sku")
	if !skuRe.MatchString(sku) {
		http.Error(w, "bad sku", 400)
		return
	}
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
