import os
import sys

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_backup(src, dst):
    key = bytes.fromhex(os.environ["BACKUP_KEY"])[:8]
    cipher = DES.new(key, DES.MODE_ECB)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(dst, "wb") as fh:
        fh.write(cipher.encrypt(pad(data, DES.block_size)))


if __name__ == "__main__":
    encrypt_backup(sys.argv[1], sys.argv[2])
