import os
import sys


def backup(directory):
    archive = directory.rstrip("/") + ".tar.gz"
    output = os.popen("tar czf " + archive + " " + directory).read()
    print(output)
    return archive


if __name__ == "__main__":
    print("created", backup(sys.argv[1]))
