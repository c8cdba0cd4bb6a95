package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func main() {
	e := echo.New()
	e.GET("/go", func(c echo.Context) error {
		return c.Redirect(http.StatusFound, c.QueryParam("to"))
	})
	e.Start(":8080")
}
