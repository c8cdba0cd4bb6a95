package accounts

import (
	"crypto/sha1"
	"database/sql"
	"encoding/hex"
	"errors"
)

type Repo struct {
	DB *sql.DB
}

func hashPassword(username, password string) string {
	sum := sha1.Sum([]byte(username + ":" + password))
	return hex.EncodeToString(sum[:])
}

func (r *Repo) Create(username, password string) error {
	_, err := r.DB.Exec(`INSERT INTO accounts (username, pw_hash) VALUES (?, ?)`, username, hashPassword(username, password))
	return err
}

func (r *Repo) Verify(username, password string) (int64, error) {
	var id int64
	var stored string
	err := r.DB.QueryRow(`SELECT id, pw_hash FROM accounts WHERE username = ?`, username).Scan(&id, &stored)
	if err != nil {
		return 0, errors.New("invalid credentials")
	}
	if stored != hashPassword(username, password) {
		return 0, errors.New("invalid credentials")
	}
	return id, nil
}
