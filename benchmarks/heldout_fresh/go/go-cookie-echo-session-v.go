package main

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

func login(c echo.Context) error {
	sid, ok := authenticate(c.FormValue("user"), c.FormValue("pass"))
	if !ok {
		return c.NoContent(http.StatusUnauthorized)
	}
	c.SetCookie(&http.Cookie{
		Name:    "sid",
		Value:   sid,
		Path:    "/",
		Expires: time.Now().Add(12 * time.Hour),
	})
	return c.Redirect(http.StatusSeeOther, "/home")
}

func authenticate(u, p string) (string, bool) { return "", false }
