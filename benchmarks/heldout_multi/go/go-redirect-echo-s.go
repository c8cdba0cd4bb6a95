package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

var links = map[string]string{"docs": "https://docs.example.com", "blog": "https://blog.example.com"}

func main() {
	e := echo.New()
	e.GET("/go", func(c echo.Context) error {
		target, ok := links[c.QueryParam("to")]
		if !ok {
			return c.NoContent(http.StatusNotFound)
		}
		return c.Redirect(http.StatusFound, target)
	})
	e.Start(":8080")
}
