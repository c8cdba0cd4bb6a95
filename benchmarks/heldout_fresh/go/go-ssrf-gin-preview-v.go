package main

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

func preview(c *gin.Context) {
	target := c.Query("url")
	resp, err := http.Get(target)
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
