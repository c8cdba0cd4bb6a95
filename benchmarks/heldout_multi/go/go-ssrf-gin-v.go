package main

import (
	"bytes"
	"net/http"

	"github.com/gin-gonic/gin"
)

type hook struct {
	URL string `json:"url"`
}

func main() {
	r := gin.Default()
	r.POST("/hooks", func(c *gin.Context) {
		var h hook
		if err := c.BindJSON(&h); err != nil {
			return
		}
		req, _ := http.NewRequest("POST", h.URL, bytes.NewBufferString(`{"ping":true}`))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			c.JSON(502, gin.H{"error": "unreachable"})
			return
		}
		c.JSON(200, gin.H{"status": resp.StatusCode})
	})
	r.Run()
}
