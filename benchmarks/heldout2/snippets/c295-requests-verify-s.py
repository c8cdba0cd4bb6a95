import io
import os

import pandas as pd
import requests


def load_sales(month: str) -> pd.DataFrame:
    base = os.environ["SALES_API"]
    ca_bundle = os.environ.get("SALES_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    resp = requests.get(f"{base}/exports/{month}.csv", verify=ca_bundle, timeout=30)
    resp.raise_for_status()
    df = pd.read_csv(io.StringIO(resp.text), parse_dates=["date"])
    return df.groupby("region", as_index=False)["amount"].sum()


if __name__ == "__main__":
    print(load_sales("2024-05"))
