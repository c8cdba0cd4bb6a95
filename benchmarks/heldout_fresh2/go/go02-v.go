package api

import (
	"database/sql"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

type EmployeeAPI struct {
	DB *sql.DB
}

// GET /employees?sort=hired_on&dir=desc
func (a *EmployeeAPI) List(c *gin.Context) {
	sortBy := c.DefaultQuery("sort", "last_name")
	dir := "ASC"
	if strings.EqualFold(c.Query("dir"), "desc") {
		dir = "DESC"
	}
	q := "SELECT id, first_name, last_name, hired_on FROM employees ORDER BY " + sortBy + " " + dir
	rows, err := a.DB.QueryContext(c.Request.Context(), q)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "query failed"})
		return
	}
	defer rows.Close()
	var out []gin.H
	for rows.Next() {
		var id int
		var first, last, hired string
		if rows.Scan(&id, &first, &last, &hired) == nil {
			out = append(out, gin.H{"id": id, "first": first, "last": last, "hired": hired})
		}
	}
	c.JSON(http.StatusOK, out)
}
