package main

import (
	"os"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte(os.Getenv("JWT_SIGNING_KEY"))

func main() {
	r := gin.Default()
	r.POST("/login", func(c *gin.Context) {
		tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": c.PostForm("user"), "exp": time.Now().Add(time.Hour).Unix()})
		s, _ := tok.SignedString(signingKey)
		c.JSON(200, gin.H{"token": s})
	})
	r.Run()
}
