package main

import (
	"net"
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.GET("/diag/ping", func(c *gin.Context) {
		host := c.Query("host")
		ip := net.ParseIP(host)
		if ip == nil {
			c.String(http.StatusBadRequest, "an IP address is required")
			return
		}
		out, err := exec.Command("ping", "-c", "3", ip.String()).CombinedOutput()
		if err != nil {
			c.String(http.StatusBadGateway, string(out))
			return
		}
		c.String(http.StatusOK, string(out))
	})
	r.Run(":9000")
}
