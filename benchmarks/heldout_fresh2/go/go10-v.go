package main

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/lestrrat-go/libxml2/parser"
	"github.com/lestrrat-go/libxml2/xpath"
)

// POST /import/feed — accepts a partner's product feed (XML) and reports what it contains
func importFeed(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 5<<20))
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	p := parser.New(parser.XMLParseNoEnt | parser.XMLParseDTDLoad)
	doc, err := p.Parse(body)
	if err != nil {
		http.Error(w, "invalid xml", http.StatusBadRequest)
		return
	}
	defer doc.Free()
	root, _ := doc.DocumentElement()
	titles := xpath.NodeList(root.Find("//item/title"))
	var names []string
	for _, t := range titles {
		names = append(names, t.TextContent())
	}
	json.NewEncoder(w).Encode(map[string]interface{}{"items": len(names), "titles": names})
}

func main() {
	http.HandleFunc("/import/feed", importFeed)
	http.ListenAndServe(":8080", nil)
}
