package session

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"sync"
)

type Manager struct {
	mu    sync.Mutex
	store map[string]string
}

func NewManager() *Manager {
	return &Manager{store: make(map[string]string)}
}

func (m *Manager) newID() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// Start creates a session for an authenticated user and sets the session cookie.
func (m *Manager) Start(w http.ResponseWriter, userID string) {
	id := m.newID()
	m.mu.Lock()
	m.store[id] = userID
	m.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true, Secure: true,
		SameSite: http.SameSiteLaxMode})
}
