package main

import (
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/labstack/echo/v4"
)

type compressReq struct {
	Input string `json:"input"`
	Level string `json:"level"`
}

var uploadName = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}$`)

// POST /compress compresses an already-uploaded log file in /data/uploads with zstd.
func compress(c echo.Context) error {
	var req compressReq
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "bad body"})
	}
	level, err := strconv.Atoi(req.Level)
	if err != nil || level < 1 || level > 19 || !uploadName.MatchString(req.Input) {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "invalid input or level"})
	}
	cmd := exec.Command("zstd", "-q", "-f", "-"+strconv.Itoa(level), "--", filepath.Join("/data/uploads", req.Input))
	cmd.Dir = "/data/uploads"
	out, err := cmd.CombinedOutput()
	if err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]string{"error": "compression failed"})
	}
	return c.JSON(http.StatusOK, map[string]int{"logBytes": len(out)})
}

func main() {
	e := echo.New()
	e.POST("/compress", compress)
	e.Logger.Fatal(e.Start(":8080"))
}
