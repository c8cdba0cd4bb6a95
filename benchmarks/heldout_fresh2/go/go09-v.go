package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// GET /sso/callback?code=...&state=...&redirect_to=/billing
func ssoCallback(c echo.Context) error {
	user, err := exchangeCode(c.Request().Context(), c.QueryParam("code"), c.QueryParam("state"))
	if err != nil {
		return c.String(http.StatusUnauthorized, "login failed")
	}
	if err := startSession(c, user); err != nil {
		return err
	}
	dest := c.QueryParam("redirect_to")
	if dest == "" {
		dest = "/dashboard"
	}
	return c.Redirect(http.StatusFound, dest)
}

func main() {
	e := echo.New()
	e.GET("/sso/callback", ssoCallback)
	e.Logger.Fatal(e.Start(":8080"))
}
