package handlers

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Customer struct {
	ID          uint   `gorm:"primaryKey" json:"id"`
	Name        string `json:"name"`
	Phone       string `json:"phone"`
	CreditLimit int    `json:"credit_limit"`
	Verified    bool   `json:"verified"`
}

type CustomerHandler struct {
	DB *gorm.DB
}

// PUT /me — a customer updates their own contact details.
func (h *CustomerHandler) UpdateMe(c echo.Context) error {
	id := c.Get("customerID").(uint)
	var cust Customer
	if err := h.DB.First(&cust, id).Error; err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	if err := c.Bind(&cust); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "bad body"})
	}
	cust.ID = id
	if err := h.DB.Save(&cust).Error; err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, cust)
}
