import argparse
import os


def main():
    parser = argparse.ArgumentParser(description="archive a folder")
    parser.add_argument("src")
    parser.add_argument("out")
    args = parser.parse_args()
    os.popen(f"tar czf {args.out} {args.src}").read()


if __name__ == "__main__":
    main()
