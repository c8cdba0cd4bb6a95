import ssl
import urllib.request

ctx = ssl.create_default_context()
with urllib.request.urlopen("https://status.example.com/health", context=ctx) as resp:
    print(resp.status)
