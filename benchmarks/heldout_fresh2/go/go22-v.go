package main

import (
	"fmt"
	"net/http"
	"runtime/debug"

	"github.com/gin-gonic/gin"
)

// recoverJSON turns panics into a JSON 500 so the mobile app can display the problem.
func recoverJSON() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if rec := recover(); rec != nil {
				c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{
					"error": fmt.Sprint(rec),
					"stack": string(debug.Stack()),
					"path":  c.Request.URL.Path,
				})
			}
		}()
		c.Next()
	}
}

func main() {
	r := gin.New()
	r.Use(gin.Logger(), recoverJSON())
	r.GET("/api/orders/:id", getOrder)
	r.Run(":8080")
}
