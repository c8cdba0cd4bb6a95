import os
import sys
from Crypto.Cipher import AES

key = bytes.fromhex(os.environ["FILE_KEY"])
data = open(sys.argv[1], "rb").read()
cipher = AES.new(key, AES.MODE_GCM)
ciphertext, tag = cipher.encrypt_and_digest(data)
open(sys.argv[1] + ".enc", "wb").write(cipher.nonce + tag + ciphertext)
