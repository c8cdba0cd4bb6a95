package session

import (
	"math/rand"
	"net/http"
	"time"
)

const tokenChars = "abcdefghijklmnopqrstuvwxyz0123456789"

type Manager struct {
	rng   *rand.Rand
	store map[string]string
}

func NewManager() *Manager {
	return &Manager{
		rng:   rand.New(rand.NewSource(time.Now().UnixNano())),
		store: make(map[string]string),
	}
}

func (m *Manager) newID() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = tokenChars[m.rng.Intn(len(tokenChars))]
	}
	return string(b)
}

// Start creates a session for an authenticated user and sets the session cookie.
func (m *Manager) Start(w http.ResponseWriter, userID string) {
	id := m.newID()
	m.store[id] = userID
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true, Secure: true,
		SameSite: http.SameSiteLaxMode})
}
