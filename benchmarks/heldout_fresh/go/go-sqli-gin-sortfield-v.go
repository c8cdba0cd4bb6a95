package main

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type listOpts struct {
	SortBy string
	Limit  int
}

func buildQuery(o listOpts) string {
	return fmt.Sprintf("SELECT id, name, price FROM products ORDER BY %s LIMIT %d", o.SortBy, o.Limit)
}

func registerProducts(r *gin.Engine, db *sql.DB) {
	r.GET("/products", func(c *gin.Context) {
		opts := listOpts{SortBy: c.DefaultQuery("sort", "name"), Limit: 50}
		rows, err := db.Query(buildQuery(opts))
		if err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "bad query"})
			return
		}
		defer rows.Close()
		var names []string
		for rows.Next() {
			var id int
			var name string
			var price float64
			rows.Scan(&id, &name, &price)
			names = append(names, name)
		}
		c.JSON(http.StatusOK, names)
	})
}
