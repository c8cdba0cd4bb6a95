package main

import (
	"net/http"
	"path/filepath"
	"strings"

	"github.com/labstack/echo/v4"
)

const uploadDir = "./uploads"

func download(c echo.Context) error {
	base, _ := filepath.Abs(uploadDir)
	full, err := filepath.Abs(filepath.Join(base, c.QueryParam("file")))
	if err != nil || !strings.HasPrefix(full, base+string(filepath.Separator)) {
		return c.String(http.StatusBadRequest, "invalid file")
	}
	return c.Attachment(full, filepath.Base(full))
}

func main() {
	e := echo.New()
	e.GET("/download", download)
	e.Logger.Fatal(e.Start(":1323"))
}
