import os
import sys

def build_command(folder):
    return "tar czf backup.tgz " + folder

def main():
    folder = sys.argv[1]
    cmd = build_command(folder)
    os.system(cmd)

if __name__ == "__main__":
    main()
