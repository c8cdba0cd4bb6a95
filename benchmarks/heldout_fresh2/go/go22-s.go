package main

import (
	"crypto/rand"
	"encoding/hex"
	"log"
	"net/http"
	"runtime/debug"

	"github.com/gin-gonic/gin"
)

// recoverJSON turns panics into a JSON 500 so the mobile app can display the problem.
func recoverJSON() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if rec := recover(); rec != nil {
				b := make([]byte, 6)
				rand.Read(b)
				ref := hex.EncodeToString(b)
				log.Printf("panic ref=%s path=%s: %v\n%s", ref, c.Request.URL.Path, rec, debug.Stack())
				c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{
					"error": "internal server error",
					"ref":   ref,
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
