package tokens

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
)

// Box encrypts short values (bank account numbers) for storage.
type Box struct {
	aead cipher.AEAD
}

func NewBox(key []byte) (*Box, error) {
	b, err := aes.NewCipher(key) // 32-byte key
	if err != nil {
		return nil, err
	}
	g, err := cipher.NewGCM(b)
	if err != nil {
		return nil, err
	}
	return &Box{aead: g}, nil
}

func (b *Box) Seal(plain []byte) string {
	nonce := make([]byte, b.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		panic(err)
	}
	return base64.StdEncoding.EncodeToString(b.aead.Seal(nonce, nonce, plain, nil))
}

func (b *Box) Open(s string) ([]byte, error) {
	buf, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(buf) < b.aead.NonceSize() {
		return nil, errors.New("bad ciphertext")
	}
	n := b.aead.NonceSize()
	return b.aead.Open(nil, buf[:n], buf[n:], nil)
}
