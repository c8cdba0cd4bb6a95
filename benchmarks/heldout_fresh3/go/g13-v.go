package auth

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type Handler struct {
	Sessions SessionManager
}

// GET /logout?continue=/dashboard ends the session and returns the user where they were.
func (h *Handler) Logout(c echo.Context) error {
	h.Sessions.Destroy(c)
	target := c.QueryParam("continue")
	if target == "" {
		target = "/"
	}
	return c.Redirect(http.StatusFound, target)
}
