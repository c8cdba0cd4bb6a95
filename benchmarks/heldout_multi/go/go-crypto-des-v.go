package vault

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
)

func Encrypt(key, plain []byte) ([]byte, error) {
	block, err := des.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, block.BlockSize())
	rand.Read(iv)
	out := make([]byte, len(plain))
	cipher.NewCFBEncrypter(block, iv).XORKeyStream(out, plain)
	return append(iv, out...), nil
}
