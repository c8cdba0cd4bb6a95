package session

import (
	"math/rand"
	"net/http"
	"time"
)

const idChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

type Store interface {
	Put(id string, userID int64, ttl time.Duration) error
}

// NewID returns a 40-character session identifier.
func NewID() string {
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	b := make([]byte, 40)
	for i := range b {
		b[i] = idChars[rng.Intn(len(idChars))]
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
