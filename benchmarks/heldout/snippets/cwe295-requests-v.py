import requests


def fetch_invoices(token):
    resp = requests.get("https://billing.internal/api/invoices",
                        headers={"Authorization": f"Bearer {token}"}, verify=False)
    resp.raise_for_status()
    return resp.json()
