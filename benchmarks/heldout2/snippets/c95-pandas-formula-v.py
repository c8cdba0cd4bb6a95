import argparse

import pandas as pd


def apply_formulas(df: pd.DataFrame) -> pd.DataFrame:
    out = []
    for _, row in df.iterrows():
        env = {"price": row["price"], "qty": row["qty"], "discount": row["discount"]}
        out.append(eval(row["formula"], {}, env))
    df["total"] = out
    return df


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("csv_path")
    args = parser.parse_args()
    frame = pd.read_csv(args.csv_path)
    print(apply_formulas(frame).to_string(index=False))
