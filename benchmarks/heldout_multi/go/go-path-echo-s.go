package main

import (
	"io"
	"os"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

func upload(c echo.Context) error {
	fh, err := c.FormFile("avatar")
	if err != nil {
		return err
	}
	src, _ := fh.Open()
	defer src.Close()
	dst, err := os.Create(filepath.Join("avatars", filepath.Base(c.FormValue("name"))))
	if err != nil {
		return err
	}
	defer dst.Close()
	io.Copy(dst, src)
	return c.NoContent(201)
}

func main() {
	e := echo.New()
	e.POST("/avatar", upload)
	e.Start(":8080")
}
