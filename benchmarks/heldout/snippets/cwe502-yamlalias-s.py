import sys
import yaml as y


def load_config(path):
    with open(path) as fh:
        return y.safe_load(fh)


print(load_config(sys.argv[1]))
