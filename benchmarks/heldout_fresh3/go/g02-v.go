package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Recipe struct {
	ID      uint   `json:"id"`
	Title   string `json:"title"`
	Cuisine string `json:"cuisine"`
	Minutes int    `json:"minutes"`
}

type RecipeHandler struct {
	DB *gorm.DB
}

func (h *RecipeHandler) ByCuisine(c *gin.Context) {
	cuisine := c.Query("cuisine")
	var recipes []Recipe
	err := h.DB.Where("cuisine = '" + cuisine + "' AND published = true").
		Order("title").Limit(100).Find(&recipes).Error
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
		return
	}
	c.JSON(http.StatusOK, recipes)
}
