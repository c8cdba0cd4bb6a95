package main

import (
	"crypto/sha1"
	"database/sql"
	"encoding/hex"
	"net/http"

	"github.com/labstack/echo/v4"
)

type Users struct{ DB *sql.DB }

func hashPassword(pw string) string {
	sum := sha1.Sum([]byte(pw))
	return hex.EncodeToString(sum[:])
}

func (u *Users) Register(c echo.Context) error {
	email := c.FormValue("email")
	pw := c.FormValue("password")
	_, err := u.DB.Exec("INSERT INTO users(email, pw_hash) VALUES ($1, $2)", email, hashPassword(pw))
	if err != nil {
		return c.String(http.StatusConflict, "account exists")
	}
	return c.NoContent(http.StatusCreated)
}
