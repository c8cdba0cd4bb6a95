import csv
from tempfile import NamedTemporaryFile


def export(rows, workdir):
    with NamedTemporaryFile("w", suffix=".csv", dir=workdir, delete=False, newline="") as fh:
        csv.writer(fh).writerows(rows)
        return fh.name
