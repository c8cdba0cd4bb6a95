package main

import (
	"path/filepath"
	"regexp"

	"github.com/gin-gonic/gin"
)

var themeName = regexp.MustCompile(`^[a-z0-9-]+\.css$`)

func validName(name string) bool {
	return themeName.MatchString(name)
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
