package main

import (
	"regexp"

	"github.com/labstack/echo/v4"
)

var names = []string{"alice", "bob", "carol"}

func main() {
	e := echo.New()
	e.GET("/users", func(c echo.Context) error {
		re, err := regexp.Compile(regexp.QuoteMeta(c.QueryParam("pattern")))
		if err != nil {
			return c.NoContent(400)
		}
		var out []string
		for _, n := range names {
			if re.MatchString(n) {
				out = append(out, n)
			}
		}
		return c.JSON(200, out)
	})
	e.Start(":8080")
}
