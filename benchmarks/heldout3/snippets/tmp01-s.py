import csv
import tempfile


def build_report(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", prefix="report_", newline="", delete=False) as f:
        writer = csv.writer(f)
        writer.writerow(["date", "orders", "revenue"])
        writer.writerows(rows)
    return f.name
