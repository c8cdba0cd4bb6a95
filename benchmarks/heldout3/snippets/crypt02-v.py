from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


class CardVault:
    def __init__(self, key: bytes):
        self.key = key

    def encrypt(self, card_number: str) -> bytes:
        cipher = DES.new(self.key, DES.MODE_CBC)
        return cipher.iv + cipher.encrypt(pad(card_number.encode(), DES.block_size))

    def decrypt(self, blob: bytes) -> str:
        cipher = DES.new(self.key, DES.MODE_CBC, iv=blob[:8])
        return unpad(cipher.decrypt(blob[8:]), DES.block_size).decode()
