import argparse
import tarfile
import urllib.request


def main():
    parser = argparse.ArgumentParser(description="Install a plugin bundle")
    parser.add_argument("url")
    parser.add_argument("--dest", default="plugins")
    args = parser.parse_args()
    local, _ = urllib.request.urlretrieve(args.url)
    with tarfile.open(local, "r:gz") as tar:
        tar.extractall(path=args.dest)
    print(f"installed into {args.dest}")


if __name__ == "__main__":
    main()
