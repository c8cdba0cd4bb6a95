package main

import (
	"fmt"
	"html"
	"net/http"

	"github.com/labstack/echo/v4"
)

type Greeter struct {
	Event string
}

func (g Greeter) Banner(guest string) string {
	return fmt.Sprintf(`<div class="banner">Welcome to %s, %s!</div>`, html.EscapeString(g.Event), html.EscapeString(guest))
}

// GET /welcome?guest=Sam — personalised landing page linked from invitation emails
func main() {
	e := echo.New()
	g := Greeter{Event: "DevDays 2025"}
	e.GET("/welcome", func(c echo.Context) error {
		guest := c.QueryParam("guest")
		if guest == "" {
			guest = "friend"
		}
		body := "<!doctype html><html><body>" + g.Banner(guest) + `<p><a href="/schedule">See the schedule</a></p></body></html>`
		return c.HTML(http.StatusOK, body)
	})
	e.Logger.Fatal(e.Start(":8080"))
}
