package main

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

var db *sql.DB

func deleteComment(c echo.Context) error {
	id := c.Param("id")
	_, err := db.Exec("DELETE FROM comments WHERE id = " + id)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

func main() {
	e := echo.New()
	e.DELETE("/comments/:id", deleteComment)
	e.Logger.Fatal(e.Start(":8080"))
}
