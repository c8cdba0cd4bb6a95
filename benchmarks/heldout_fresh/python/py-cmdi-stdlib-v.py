import argparse
import os
import sys

archive = lambda label: os.system("tar czf /backups/" + label + ".tgz /srv/data")


def main(argv):
    ap = argparse.ArgumentParser(description="nightly backup, run by the web cron endpoint")
    ap.add_argument("--label", required=True, help="name given by the requester")
    args = ap.parse_args(argv)
    status = archive(args.label)
    if status != 0:
        print("backup failed", file=sys.stderr)
        return 1
    print("backup written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
