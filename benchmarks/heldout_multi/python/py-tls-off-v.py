import requests

def check(url="https://status.internal.example.com/health"):
    resp = requests.get(url, verify=False, timeout=3)
    return resp.status_code == 200

if __name__ == "__main__":
    print("up" if check() else "down")
