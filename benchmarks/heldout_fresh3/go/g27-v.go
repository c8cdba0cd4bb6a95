package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Store struct {
	ID         uint   `json:"id" gorm:"primaryKey"`
	OwnerID    uint   `json:"ownerId"`
	Name       string `json:"name"`
	Tagline    string `json:"tagline"`
	Verified   bool   `json:"verified"`
	FeePercent int    `json:"feePercent"`
}

type StoreAPI struct{ DB *gorm.DB }

// PATCH /stores/:id lets a merchant edit their storefront.
func (a *StoreAPI) Update(c *gin.Context) {
	var store Store
	if err := a.DB.First(&store, "id = ? AND owner_id = ?", c.Param("id"), c.GetUint("userID")).Error; err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	var input map[string]interface{}
	if err := c.ShouldBindJSON(&input); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad body"})
		return
	}
	if err := a.DB.Model(&store).Updates(input).Error; err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "update failed"})
		return
	}
	c.JSON(http.StatusOK, store)
}
