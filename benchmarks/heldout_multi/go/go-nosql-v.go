package main

import (
	"context"
	"encoding/json"

	"github.com/gin-gonic/gin"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

var events *mongo.Collection

func main() {
	r := gin.Default()
	r.GET("/events", func(c *gin.Context) {
		var filter bson.M
		json.Unmarshal([]byte(c.Query("filter")), &filter)
		cur, err := events.Find(context.Background(), filter)
		if err != nil {
			c.Status(500)
			return
		}
		var out []bson.M
		cur.All(context.Background(), &out)
		c.JSON(200, out)
	})
	r.Run()
}
