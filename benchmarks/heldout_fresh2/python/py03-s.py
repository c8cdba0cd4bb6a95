#!/usr/bin/env python3
"""Compress every log file of a given service into a dated tarball."""
# Run with sudo by the support portal's "collect logs" form, which passes the service name a user typed.
import argparse
import datetime
import glob
import subprocess


def main():
    parser = argparse.ArgumentParser(description="Archive service logs")
    parser.add_argument("service", help="service name, e.g. nginx")
    parser.add_argument("--dest", default="/var/backups/logs")
    args = parser.parse_args()

    stamp = datetime.date.today().isoformat()
    archive = f"{args.dest}/{args.service}-{stamp}.tar.gz"
    files = glob.glob(f"/var/log/{glob.escape(args.service)}/*.log")
    cmd = ["tar", "czf", archive, "--", *files]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        print("tar failed:", result.stderr)
        raise SystemExit(1)
    print("wrote", archive)


if __name__ == "__main__":
    main()
