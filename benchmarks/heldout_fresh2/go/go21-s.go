package accounts

import (
	"database/sql"
	"errors"

	"golang.org/x/crypto/bcrypt"
)

type Repo struct {
	DB *sql.DB
}

func hashPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), 12)
	return string(h), err
}

func (r *Repo) Create(username, password string) error {
	h, err := hashPassword(password)
	if err != nil {
		return err
	}
	_, err = r.DB.Exec(`INSERT INTO accounts (username, pw_hash) VALUES (?, ?)`, username, h)
	return err
}

func (r *Repo) Verify(username, password string) (int64, error) {
	var id int64
	var stored string
	err := r.DB.QueryRow(`SELECT id, pw_hash FROM accounts WHERE username = ?`, username).Scan(&id, &stored)
	if err != nil {
		return 0, errors.New("invalid credentials")
	}
	if bcrypt.CompareHashAndPassword([]byte(stored), []byte(password)) != nil {
		return 0, errors.New("invalid credentials")
	}
	return id, nil
}
