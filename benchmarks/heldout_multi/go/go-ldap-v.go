package main

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func who(w http.ResponseWriter, r *http.Request) {
	conn, err := ldap.DialURL("ldap://ldap.corp:389")
	if err != nil {
		http.Error(w, "ldap down", 503)
		return
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(objectClass=person)(uid=%s))", r.URL.Query().Get("uid"))
	req := ldap.NewSearchRequest("dc=corp", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, filter, []string{"cn"}, nil)
	res, _ := conn.Search(req)
	fmt.Fprint(w, len(res.Entries))
}

func main() {
	http.HandleFunc("/who", who)
	http.ListenAndServe(":8080", nil)
}
