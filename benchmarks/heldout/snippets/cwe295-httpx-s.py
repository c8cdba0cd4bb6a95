import httpx

client = httpx.Client(base_url="https://inventory.example.com")
print(client.get("/items").json())
