package main

import (
	"net/http"
	"os/exec"

	"github.com/labstack/echo/v4"
)

type convertReq struct {
	Input  string `json:"input"`
	Format string `json:"format"`
}

// POST /convert converts an already-uploaded video in /data/uploads with ffmpeg.
func convert(c echo.Context) error {
	var req convertReq
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "bad body"})
	}
	cmdline := "cd /data/uploads && ffmpeg -y -i " + req.Input + " out." + req.Format
	out, err := exec.Command("sh", "-c", cmdline).CombinedOutput()
	if err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]string{"error": "conversion failed"})
	}
	return c.JSON(http.StatusOK, map[string]int{"logBytes": len(out)})
}

func main() {
	e := echo.New()
	e.POST("/convert", convert)
	e.Logger.Fatal(e.Start(":8080"))
}
