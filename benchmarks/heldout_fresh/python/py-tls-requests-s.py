import os

import requests

INVENTORY_API = "https://inventory.internal.example.com/api/v2"


class InventoryClient:
    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.verify = "/etc/ssl/certs/internal-ca.pem"  # trust the internal CA explicitly

    def stock_level(self, sku):
        resp = self.session.get(f"{INVENTORY_API}/stock/{sku}", timeout=5)
        resp.raise_for_status()
        return resp.json()["available"]


if __name__ == "__main__":
    client = InventoryClient(os.environ["INVENTORY_TOKEN"])
    print(client.stock_level("SKU-1001"))
