package middleware

import (
	"context"
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey string

const UserKey ctxKey = "user"

var hmacKey = []byte(os.Getenv("IDP_HMAC_KEY"))

// RequireUser extracts the user id from the bearer token issued by our identity provider.
func RequireUser(next http.Handler) http.Handler {
	parser := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("https://idp.internal"),
		jwt.WithExpirationRequired())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := jwt.MapClaims{}
		_, err := parser.ParseWithClaims(raw, claims, func(*jwt.Token) (interface{}, error) { return hmacKey, nil })
		if err != nil || len(hmacKey) == 0 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		sub, _ := claims.GetSubject()
		if sub == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), UserKey, sub)))
	})
}
