package directory

import (
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

type Client struct {
	conn   *ldap.Conn
	baseDN string
}

// FindByEmail is used by the login page's "forgot username" form.
func (c *Client) FindByEmail(email string) (string, error) {
	req := ldap.NewSearchRequest(
		c.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false,
		fmt.Sprintf("(&(objectClass=person)(mail=%s))", email),
		[]string{"uid"}, nil,
	)
	res, err := c.conn.Search(req)
	if err != nil {
		return "", err
	}
	if len(res.Entries) != 1 {
		return "", fmt.Errorf("no unique match")
	}
	return res.Entries[0].GetAttributeValue("uid"), nil
}
