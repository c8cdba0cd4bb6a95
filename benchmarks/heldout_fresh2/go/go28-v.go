package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"github.com/antchfx/xmlquery"
)

var licenses *xmlquery.Node

// GET /licenses/check?product=editor&key=ABCD-1234
// licenses.xml: <licenses><license product=".." key=".." seats=".."/></licenses>
func checkLicense(w http.ResponseWriter, r *http.Request) {
	product := r.URL.Query().Get("product")
	key := r.URL.Query().Get("key")
	expr := fmt.Sprintf("//license[@product='%s' and @key='%s']", product, key)
	node := xmlquery.FindOne(licenses, expr)
	if node == nil {
		http.Error(w, "invalid license", http.StatusForbidden)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"product": product, "seats": node.SelectAttr("seats")})
}

func main() {
	f, err := os.Open("licenses.xml")
	if err != nil {
		panic(err)
	}
	if licenses, err = xmlquery.Parse(f); err != nil {
		panic(err)
	}
	http.HandleFunc("/licenses/check", checkLicense)
	http.ListenAndServe(":8080", nil)
}
