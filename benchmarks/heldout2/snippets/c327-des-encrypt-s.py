import os
import sys

from Crypto.Cipher import AES


def encrypt_backup(src, dst):
    key = bytes.fromhex(os.environ["BACKUP_KEY"])[:32]
    cipher = AES.new(key, AES.MODE_GCM)
    with open(src, "rb") as fh:
        data = fh.read()
    ciphertext, tag = cipher.encrypt_and_digest(data)
    with open(dst, "wb") as fh:
        fh.write(cipher.nonce + tag + ciphertext)


if __name__ == "__main__":
    encrypt_backup(sys.argv[1], sys.argv[2])
