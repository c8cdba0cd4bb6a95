package main

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"
)

// safeLocalPath returns p only if it is a path on this site, otherwise the fallback.
func safeLocalPath(p, fallback string) string {
	u, err := url.Parse(p)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(p, "/") ||
		strings.HasPrefix(p, "//") || strings.Contains(p, `\`) {
		return fallback
	}
	return p
}

// GET /sso/callback?code=...&state=...&redirect_to=/billing
func ssoCallback(c echo.Context) error {
	user, err := exchangeCode(c.Request().Context(), c.QueryParam("code"), c.QueryParam("state"))
	if err != nil {
		return c.String(http.StatusUnauthorized, "login failed")
	}
	if err := startSession(c, user); err != nil {
		return err
	}
	dest := safeLocalPath(c.QueryParam("redirect_to"), "/dashboard")
	return c.Redirect(http.StatusFound, dest)
}

func main() {
	e := echo.New()
	e.GET("/sso/callback", ssoCallback)
	e.Logger.Fatal(e.Start(":8080"))
}
