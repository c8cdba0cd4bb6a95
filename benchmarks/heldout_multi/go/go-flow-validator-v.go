package main

import (
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

func validName(name string) bool {
	return strings.HasSuffix(name, ".css")
}

func main() {
	r := gin.Default()
	r.GET("/themes", func(c *gin.Context) {
		name := c.Query("name")
		if !validName(name) {
			c.Status(400)
			return
		}
		c.File(filepath.Join("themes", name))
	})
	r.Run()
}
