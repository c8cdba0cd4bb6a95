package main

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.GET("/diag/ping", func(c *gin.Context) {
		host := c.Query("host")
		if host == "" {
			c.String(http.StatusBadRequest, "host required")
			return
		}
		out, err := exec.Command("sh", "-c", "ping -c 3 "+host).CombinedOutput()
		if err != nil {
			c.String(http.StatusBadGateway, string(out))
			return
		}
		c.String(http.StatusOK, string(out))
	})
	r.Run(":9000")
}
