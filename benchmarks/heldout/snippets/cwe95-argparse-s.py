import argparse
import csv
import operator

OPS = {"eq": operator.eq, "ne": operator.ne}
parser = argparse.ArgumentParser()
parser.add_argument("csvfile")
parser.add_argument("--column")
parser.add_argument("--op", choices=sorted(OPS), default="eq")
parser.add_argument("--value")
opts = parser.parse_args()

with open(opts.csvfile) as fh:
    for row in csv.DictReader(fh):
        if opts.column is None or OPS[opts.op](row.get(opts.column), opts.value):
            print(row)
