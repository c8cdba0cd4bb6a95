package main

import (
	"io"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

var previewHosts = map[string]bool{"docs.example.com": true, "blog.example.com": true}

func preview(c *gin.Context) {
	u, err := url.Parse(c.Query("url"))
	if err != nil || u.Scheme != "https" || !previewHosts[u.Hostname()] || u.Port() != "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "host not allowed"})
		return
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(u.String())
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	c.JSON(http.StatusOK, gin.H{"status": resp.StatusCode, "snippet": string(body)})
}

func main() {
	r := gin.Default()
	r.GET("/preview", preview)
	r.Run(":8080")
}
