import sys

import boto3

session = boto3.Session(profile_name=None, region_name="eu-west-1")
s3 = session.client("s3")


def upload(paths, bucket):
    for path in paths:
        key = path.rsplit("/", 1)[-1]
        s3.upload_file(path, bucket, f"incoming/{key}")
        print(f"uploaded {key}")


if __name__ == "__main__":
    upload(sys.argv[2:], sys.argv[1])
