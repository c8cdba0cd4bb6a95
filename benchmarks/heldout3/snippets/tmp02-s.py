import json
import os
import tempfile


def export_report(stats):
    fd, report_path = tempfile.mkstemp(prefix="daily_report_", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(stats, fh, indent=2, default=str)
    return report_path


if __name__ == "__main__":
    print(export_report({"users": 120, "errors": 3}))
