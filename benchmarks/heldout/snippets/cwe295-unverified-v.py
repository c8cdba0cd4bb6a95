import ssl
import urllib.request

ctx = ssl._create_unverified_context()
with urllib.request.urlopen("https://status.example.com/health", context=ctx) as resp:
    print(resp.status)
