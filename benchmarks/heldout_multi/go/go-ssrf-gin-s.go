package main

import (
	"bytes"
	"net/http"

	"github.com/gin-gonic/gin"
)

type hook struct {
	Service string `json:"service"`
}

var endpoints = map[string]string{"slack": "https://hooks.slack.com/services/T000/B000/xyz", "teams": "https://outlook.office.com/webhook/abc"}

func main() {
	r := gin.Default()
	r.POST("/hooks", func(c *gin.Context) {
		var h hook
		if err := c.BindJSON(&h); err != nil {
			return
		}
		target, ok := endpoints[h.Service]
		if !ok {
			c.JSON(400, gin.H{"error": "unknown service"})
			return
		}
		req, _ := http.NewRequest("POST", target, bytes.NewBufferString(`{"ping":true}`))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			c.JSON(502, gin.H{"error": "unreachable"})
			return
		}
		c.JSON(200, gin.H{"status": resp.StatusCode})
	})
	r.Run()
}
