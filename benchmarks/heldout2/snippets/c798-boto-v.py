import sys

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAZ7QX3LMN4RT8WJ2K",
    aws_secret_access_key="q8Fz+T1kLr0pWm3n/Yc7VbHs5Gd2XeJ9uAiOt4Rw",
    region_name="eu-west-1",
)


def upload(paths, bucket):
    for path in paths:
        key = path.rsplit("/", 1)[-1]
        s3.upload_file(path, bucket, f"incoming/{key}")
        print(f"uploaded {key}")


if __name__ == "__main__":
    upload(sys.argv[2:], sys.argv[1])
