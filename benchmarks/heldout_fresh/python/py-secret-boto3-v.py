import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIAQ7RZ3EXAMPLE4KD2",
    aws_secret_access_key="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",
)


def upload_report(path, key):
    s3.upload_file(path, "acme-finance-reports", key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return f"s3://acme-finance-reports/{key}"


if __name__ == "__main__":
    print(upload_report(sys.argv[1], sys.argv[2]))
