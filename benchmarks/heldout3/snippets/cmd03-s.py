import subprocess
import sys


def backup(directory):
    archive = directory.rstrip("/") + ".tar.gz"
    output = subprocess.run(["tar", "czf", archive, "--", directory], capture_output=True, text=True)
    print(output.stdout)
    return archive


if __name__ == "__main__":
    print("created", backup(sys.argv[1]))
