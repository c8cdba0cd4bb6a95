import sys

import boto3

# credentials come from the environment, the shared config file or the instance role
s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
)


def upload_report(path, key):
    s3.upload_file(path, "acme-finance-reports", key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return f"s3://acme-finance-reports/{key}"


if __name__ == "__main__":
    print(upload_report(sys.argv[1], sys.argv[2]))
