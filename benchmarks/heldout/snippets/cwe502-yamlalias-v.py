import sys
import yaml as y


def load_config(path):
    with open(path) as fh:
        return y.load(fh, Loader=y.Loader)


print(load_config(sys.argv[1]))
