from cryptography.fernet import Fernet


class CardVault:
    def __init__(self, key: bytes):
        self.fernet = Fernet(key)

    def encrypt(self, card_number: str) -> bytes:
        return self.fernet.encrypt(card_number.encode())

    def decrypt(self, blob: bytes) -> str:
        return self.fernet.decrypt(blob).decode()
