package auth

import (
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("s3cr3t-signing-key-for-orders-api-v2")

type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// IssueToken creates an access token for a logged-in user.
func IssueToken(userID, role string) (string, error) {
	claims := Claims{
		Role: role,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   userID,
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(30 * time.Minute)),
			Issuer:    "orders-api",
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}

// ParseToken validates a token and returns its claims.
func ParseToken(s string) (*Claims, error) {
	var c Claims
	_, err := jwt.ParseWithClaims(s, &c, func(t *jwt.Token) (interface{}, error) { return signingKey, nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("orders-api"))
	if err != nil {
		return nil, errors.New("invalid token")
	}
	return &c, nil
}
