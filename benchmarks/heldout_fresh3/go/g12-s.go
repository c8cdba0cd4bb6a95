package main

import (
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/gin-gonic/gin"
)

var allowedImageHosts = map[string]bool{
	"images.unsplash.com": true,
	"i.imgur.com":         true,
	"cdn.acme-chat.com":   true,
}

var client = &http.Client{
	Timeout: 8 * time.Second,
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

// GET /proxy/image?src=... lets the chat UI show remote images without mixed-content warnings.
func proxyImage(c *gin.Context) {
	u, err := url.Parse(c.Query("src"))
	if err != nil || u.Scheme != "https" || u.User != nil || u.Port() != "" || !allowedImageHosts[u.Hostname()] {
		c.Status(http.StatusBadRequest)
		return
	}
	resp, err := client.Get(u.String())
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
