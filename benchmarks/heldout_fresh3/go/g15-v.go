package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("s3cr3t-billing-svc-key-do-not-share")

type Claims struct {
	AccountID string `json:"acc"`
	Plan      string `json:"plan"`
	jwt.RegisteredClaims
}

// Issue returns a signed access token for the billing service.
func Issue(accountID, plan string) (string, error) {
	claims := Claims{
		AccountID: accountID,
		Plan:      plan,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "billing",
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
			IssuedAt:  jwt.NewNumericDate(time.Now()),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
