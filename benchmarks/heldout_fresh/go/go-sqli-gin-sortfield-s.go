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

var sortColumns = map[string]string{"name": "name", "price": "price", "newest": "created_at DESC"}

func buildQuery(o listOpts) string {
	return fmt.Sprintf("SELECT id, name, price FROM products ORDER BY %s LIMIT %d", o.SortBy, o.Limit)
}

func registerProducts(r *gin.Engine, db *sql.DB) {
	r.GET("/products", func(c *gin.Context) {
		col, ok := sortColumns[c.DefaultQuery("sort", "name")]
		if !ok {
			col = "name"
		}
		rows, err := db.Query(buildQuery(listOpts{SortBy: col, Limit: 50}))
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
