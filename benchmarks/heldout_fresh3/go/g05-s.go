package main

import (
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"

	"github.com/labstack/echo/v4"
)

type convertReq struct {
	Input  string `json:"input"`
	Format string `json:"format"`
}

var uploadName = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}$`)
var formats = map[string]bool{"mp4": true, "webm": true, "mkv": true}

// POST /convert converts an already-uploaded video in /data/uploads with ffmpeg.
func convert(c echo.Context) error {
	var req convertReq
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "bad body"})
	}
	if !uploadName.MatchString(req.Input) || !formats[req.Format] {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "invalid input or format"})
	}
	cmd := exec.Command("ffmpeg", "-y", "-i", filepath.Join("/data/uploads", req.Input), "out."+req.Format)
	cmd.Dir = "/data/uploads"
	out, err := cmd.CombinedOutput()
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
