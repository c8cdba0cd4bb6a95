package main

import (
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 8 * time.Second}

// GET /proxy/image?src=... lets the chat UI show remote images without mixed-content warnings.
func proxyImage(c *gin.Context) {
	src := c.Query("src")
	resp, err := client.Get(src)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	c.DataFromReader(resp.StatusCode, resp.ContentLength, resp.Header.Get("Content-Type"),
		io.LimitReader(resp.Body, 5<<20), nil)
}

func main() {
	r := gin.Default()
	r.GET("/proxy/image", proxyImage)
	r.Run(":8080")
}
