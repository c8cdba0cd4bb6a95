#!/usr/bin/env python3
"""Fetch the current exchange rates from the partner API and store them as CSV."""
import csv
import sys

import requests

API_URL = "https://rates.partner-bank.example/v2/latest"
PARTNER_CA_BUNDLE = "/etc/ssl/partner-bank-ca.pem"


def fetch_rates(base):
    session = requests.Session()
    session.verify = PARTNER_CA_BUNDLE
    resp = session.get(API_URL, params={"base": base}, timeout=10)
    resp.raise_for_status()
    return resp.json()["rates"]


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "EUR"
    rates = fetch_rates(base)
    writer = csv.writer(sys.stdout)
    writer.writerow(["currency", "rate"])
    for currency, rate in sorted(rates.items()):
        writer.writerow([currency, rate])


if __name__ == "__main__":
    main()
