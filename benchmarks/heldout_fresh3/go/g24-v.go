package accounts

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
)

var ErrBadLogin = errors.New("bad login")

type Repo interface {
	Insert(email, passwordHash string) error
	PasswordHash(email string) (string, error)
}

type Service struct {
	Repo   Repo
	Pepper string
}

func (s *Service) hash(password string) string {
	sum := sha256.Sum256([]byte(s.Pepper + password))
	return hex.EncodeToString(sum[:])
}

func (s *Service) Register(email, password string) error {
	return s.Repo.Insert(email, s.hash(password))
}

func (s *Service) Login(email, password string) error {
	stored, err := s.Repo.PasswordHash(email)
	if err != nil {
		return ErrBadLogin
	}
	if subtle.ConstantTimeCompare([]byte(stored), []byte(s.hash(password))) != 1 {
		return ErrBadLogin
	}
	return nil
}
