import json


def export_report(stats):
    report_path = "/tmp/daily_report.json"
    with open(report_path, "w") as fh:
        json.dump(stats, fh, indent=2, default=str)
    return report_path


if __name__ == "__main__":
    print(export_report({"users": 120, "errors": 3}))
