import argparse

import pandas as pd

FORMULAS = {
    "gross": lambda r: r["price"] * r["qty"],
    "net": lambda r: r["price"] * r["qty"] * (1 - r["discount"]),
}


def apply_formulas(df: pd.DataFrame) -> pd.DataFrame:
    unknown = set(df["formula"]) - FORMULAS.keys()
    if unknown:
        raise ValueError(f"unknown formulas: {sorted(unknown)}")
    df["total"] = [FORMULAS[row["formula"]](row) for _, row in df.iterrows()]
    return df


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("csv_path")
    args = parser.parse_args()
    frame = pd.read_csv(args.csv_path)
    print(apply_formulas(frame).to_string(index=False))
