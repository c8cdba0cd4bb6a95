package tokens

import (
	"crypto/cipher"
	"crypto/des"
	"encoding/base64"
	"errors"
)

// Box encrypts short values (bank account numbers) for storage.
type Box struct {
	block cipher.Block
}

func NewBox(key []byte) (*Box, error) {
	b, err := des.NewCipher(key) // 8-byte key
	if err != nil {
		return nil, err
	}
	return &Box{block: b}, nil
}

func (b *Box) Seal(plain []byte) string {
	bs := b.block.BlockSize()
	pad := bs - len(plain)%bs
	buf := append([]byte{}, plain...)
	for i := 0; i < pad; i++ {
		buf = append(buf, byte(pad))
	}
	iv := make([]byte, bs) // zero IV
	cipher.NewCBCEncrypter(b.block, iv).CryptBlocks(buf, buf)
	return base64.StdEncoding.EncodeToString(buf)
}

func (b *Box) Open(s string) ([]byte, error) {
	buf, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(buf) == 0 || len(buf)%b.block.BlockSize() != 0 {
		return nil, errors.New("bad ciphertext")
	}
	cipher.NewCBCDecrypter(b.block, make([]byte, b.block.BlockSize())).CryptBlocks(buf, buf)
	pad := int(buf[len(buf)-1])
	if pad == 0 || pad > len(buf) {
		return nil, errors.New("bad padding")
	}
	return buf[:len(buf)-pad], nil
}
