import requests


def get_invoices(api_token, since):
    response = requests.get(
        "https://billing.internal.example.com/api/invoices",
        headers={"Authorization": f"Bearer {api_token}"},
        params={"since": since},
        verify="/etc/ssl/certs/internal-ca.pem",
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["invoices"]
