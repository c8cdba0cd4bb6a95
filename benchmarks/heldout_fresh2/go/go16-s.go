package main

import (
	"fmt"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

func lookupManager(email string) (string, error) {
	conn, err := ldap.DialURL(os.Getenv("LDAP_URL"))
	if err != nil {
		return "", err
	}
	defer conn.Close()
	if err := conn.Bind(os.Getenv("LDAP_BIND_DN"), os.Getenv("LDAP_BIND_PASSWORD")); err != nil {
		return "", err
	}
	req := ldap.NewSearchRequest("ou=staff,dc=acme,dc=io", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 5, false,
		fmt.Sprintf("(&(objectClass=inetOrgPerson)(mail=%s))", ldap.EscapeFilter(email)), []string{"manager"}, nil)
	res, err := conn.Search(req)
	if err != nil || len(res.Entries) == 0 {
		return "", fmt.Errorf("not found")
	}
	return res.Entries[0].GetAttributeValue("manager"), nil
}

// GET /org/manager?email=ana@acme.io
func main() {
	r := gin.Default()
	r.GET("/org/manager", func(c *gin.Context) {
		m, err := lookupManager(c.Query("email"))
		if err != nil {
			c.JSON(http.StatusNotFound, gin.H{"error": "no such person"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"manager": m})
	})
	r.Run(":8080")
}
