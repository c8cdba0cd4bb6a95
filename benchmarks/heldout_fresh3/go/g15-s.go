package auth

import (
	"errors"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func signingKey() ([]byte, error) {
	k := os.Getenv("BILLING_JWT_KEY")
	if len(k) < 32 {
		return nil, errors.New("BILLING_JWT_KEY must be set to at least 32 bytes")
	}
	return []byte(k), nil
}

type Claims struct {
	AccountID string `json:"acc"`
	Plan      string `json:"plan"`
	jwt.RegisteredClaims
}

// Issue returns a signed access token for the billing service.
func Issue(accountID, plan string) (string, error) {
	key, err := signingKey()
	if err != nil {
		return "", err
	}
	claims := Claims{
		AccountID: accountID,
		Plan:      plan,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "billing",
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
			IssuedAt:  jwt.NewNumericDate(time.Now()),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}
