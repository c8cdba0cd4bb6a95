package auth

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"
)

type Handler struct {
	Sessions SessionManager
}

func localTarget(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil ||
		!strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") || strings.ContainsAny(raw, "\\\r\n\t") {
		return "/"
	}
	return u.RequestURI()
}

// GET /logout?continue=/dashboard ends the session and returns the user where they were.
func (h *Handler) Logout(c echo.Context) error {
	h.Sessions.Destroy(c)
	return c.Redirect(http.StatusFound, localTarget(c.QueryParam("continue")))
}
