package main

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"
)

type Users struct{ DB *sql.DB }

func hashPassword(pw string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), 12)
	return string(h), err
}

func (u *Users) Register(c echo.Context) error {
	email := c.FormValue("email")
	hash, err := hashPassword(c.FormValue("password"))
	if err != nil {
		return c.String(http.StatusBadRequest, "bad password")
	}
	_, err = u.DB.Exec("INSERT INTO users(email, pw_hash) VALUES ($1, $2)", email, hash)
	if err != nil {
		return c.String(http.StatusConflict, "account exists")
	}
	return c.NoContent(http.StatusCreated)
}
