package main

import (
	"path/filepath"

	"github.com/labstack/echo/v4"
)

const uploadDir = "./uploads"

func download(c echo.Context) error {
	name := c.QueryParam("file")
	full := filepath.Join(uploadDir, name)
	return c.Attachment(full, filepath.Base(full))
}

func main() {
	e := echo.New()
	e.GET("/download", download)
	e.Logger.Fatal(e.Start(":1323"))
}
