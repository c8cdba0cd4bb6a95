package middleware

import (
	"context"
	"crypto/ed25519"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey string

const UserKey ctxKey = "user"

// RequireTenant extracts the tenant and user from the gateway's bearer token.
func RequireTenant(gatewayKey ed25519.PublicKey) func(http.Handler) http.Handler {
	parser := jwt.NewParser(jwt.WithValidMethods([]string{"EdDSA"}), jwt.WithExpirationRequired())
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			claims := jwt.MapClaims{}
			if _, err := parser.ParseWithClaims(raw, claims, func(*jwt.Token) (interface{}, error) { return gatewayKey, nil }); err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			tenant, _ := claims["tenant"].(string)
			sub, _ := claims["sub"].(string)
			if tenant == "" || sub == "" {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			ctx := context.WithValue(r.Context(), UserKey, map[string]string{"tenant": tenant, "sub": sub})
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}
