import requests


def get_invoices(api_token, since):
    response = requests.get(
        "https://billing.internal.example.com/api/invoices",
        headers={"Authorization": f"Bearer {api_token}"},
        params={"since": since},
        verify=False,
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["invoices"]
