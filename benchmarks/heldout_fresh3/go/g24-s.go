package accounts

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

var ErrBadLogin = errors.New("bad login")

type Repo interface {
	Insert(email, passwordHash string) error
	PasswordHash(email string) (string, error)
}

type Service struct {
	Repo Repo
}

func (s *Service) Register(email, password string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(password), 12)
	if err != nil {
		return err
	}
	return s.Repo.Insert(email, string(h))
}

func (s *Service) Login(email, password string) error {
	stored, err := s.Repo.PasswordHash(email)
	if err != nil {
		return ErrBadLogin
	}
	if bcrypt.CompareHashAndPassword([]byte(stored), []byte(password)) != nil {
		return ErrBadLogin
	}
	return nil
}
