package session

import (
	"crypto/rand"
	"math/big"
	"net/http"
	"time"
)

const idChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

type Store interface {
	Put(id string, userID int64, ttl time.Duration) error
}

// NewID returns a 40-character session identifier.
func NewID() string {
	b := make([]byte, 40)
	max := big.NewInt(int64(len(idChars)))
	for i := range b {
		n, err := rand.Int(rand.Reader, max)
		if err != nil {
			panic(err)
		}
		b[i] = idChars[n.Int64()]
	}
	return string(b)
}

// Start creates a session for userID and sets the session cookie.
func Start(w http.ResponseWriter, st Store, userID int64) error {
	id := NewID()
	if err := st.Put(id, userID, 12*time.Hour); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	return nil
}
