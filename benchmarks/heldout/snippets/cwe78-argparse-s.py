import argparse
import subprocess


def main():
    parser = argparse.ArgumentParser(description="archive a folder")
    parser.add_argument("src")
    parser.add_argument("out")
    args = parser.parse_args()
    subprocess.run(["tar", "czf", args.out, args.src], check=True)


if __name__ == "__main__":
    main()
