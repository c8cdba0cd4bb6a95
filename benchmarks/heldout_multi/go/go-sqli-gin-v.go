package main

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	_ "github.com/mattn/go-sqlite3"
)

type Store struct{ db *sql.DB }

func (s *Store) Orders(status string) (*sql.Rows, error) {
	return s.db.Query("SELECT id, total FROM orders WHERE status = '" + status + "'")
}

func main() {
	db, _ := sql.Open("sqlite3", "shop.db")
	store := &Store{db: db}
	r := gin.Default()
	r.GET("/orders", func(c *gin.Context) {
		rows, err := store.Orders(c.Query("status"))
		if err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		c.Status(http.StatusOK)
	})
	r.Run(":8080")
}
