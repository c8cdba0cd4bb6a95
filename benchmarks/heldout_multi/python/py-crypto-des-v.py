import os
import sys
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

key = os.environ["FILE_KEY"].encode()[:8]
data = open(sys.argv[1], "rb").read()
cipher = DES.new(key, DES.MODE_ECB)
open(sys.argv[1] + ".enc", "wb").write(cipher.encrypt(pad(data, 8)))
