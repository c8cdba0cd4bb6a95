package vault

import (
	"bytes"
	"crypto/cipher"
	"crypto/des"
	"encoding/base64"
)

// Box encrypts API credentials of connected third-party accounts before they are stored.
type Box struct {
	block cipher.Block
	iv    []byte
}

func NewBox(key []byte) (*Box, error) {
	block, err := des.NewCipher(key[:8])
	if err != nil {
		return nil, err
	}
	return &Box{block: block, iv: key[:des.BlockSize]}, nil
}

func (b *Box) Seal(plain string) string {
	pad := des.BlockSize - len(plain)%des.BlockSize
	data := append([]byte(plain), bytes.Repeat([]byte{byte(pad)}, pad)...)
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(b.block, b.iv).CryptBlocks(out, data)
	return base64.StdEncoding.EncodeToString(out)
}
