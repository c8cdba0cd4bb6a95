import csv
import tempfile


def build_report(rows):
    path = tempfile.mktemp(suffix=".csv", prefix="report_")
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["date", "orders", "revenue"])
        writer.writerows(rows)
    return path
