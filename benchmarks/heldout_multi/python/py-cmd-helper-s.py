import subprocess
import sys

def build_command(folder):
    return ["tar", "czf", "backup.tgz", "--", folder]

def main():
    folder = sys.argv[1]
    cmd = build_command(folder)
    subprocess.run(cmd, check=True)

if __name__ == "__main__":
    main()
