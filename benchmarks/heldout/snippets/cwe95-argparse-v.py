import argparse
import csv

parser = argparse.ArgumentParser()
parser.add_argument("csvfile")
parser.add_argument("--where", default="True", help="python expression over row")
opts = parser.parse_args()

with open(opts.csvfile) as fh:
    for row in csv.DictReader(fh):
        if eval(opts.where, {}, {"row": row}):
            print(row)
