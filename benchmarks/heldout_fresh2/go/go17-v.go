package middleware

import (
	"context"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey string

const UserKey ctxKey = "user"

// RequireTenant extracts the tenant and user from the gateway's bearer token.
func RequireTenant(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := jwt.MapClaims{}
		if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
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
