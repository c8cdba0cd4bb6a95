package main

import (
	"net/http"
	"os/exec"

	"github.com/labstack/echo/v4"
)

type compressReq struct {
	Input string `json:"input"`
	Level string `json:"level"`
}

// POST /compress compresses an already-uploaded log file in /data/uploads with zstd.
func compress(c echo.Context) error {
	var req compressReq
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "bad body"})
	}
	cmdline := "cd /data/uploads && zstd -q -f -" + req.Level + " " + req.Input
	out, err := exec.Command("sh", "-c", cmdline).CombinedOutput()
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
