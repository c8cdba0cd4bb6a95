package main

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
	"github.com/labstack/echo/v4"
)

func lookup(c echo.Context) error {
	conn, err := ldap.DialURL("ldaps://ldap.corp.example:636")
	if err != nil {
		return c.NoContent(http.StatusServiceUnavailable)
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(objectClass=person)(uid=%s))", ldap.EscapeFilter(c.Param("uid")))
	req := ldap.NewSearchRequest("ou=people,dc=corp,dc=example", ldap.ScopeWholeSubtree,
		ldap.NeverDerefAliases, 1, 5, false, filter, []string{"displayName"}, nil)
	res, err := conn.Search(req)
	if err != nil || len(res.Entries) == 0 {
		return c.NoContent(http.StatusNotFound)
	}
	return c.String(http.StatusOK, res.Entries[0].GetAttributeValue("displayName"))
}
