import httpx

client = httpx.Client(base_url="https://inventory.example.com", verify=False)
print(client.get("/items").json())
