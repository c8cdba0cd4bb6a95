import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAQ7EXAMPLE5TZ3N2X",
    aws_secret_access_key="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",
)
s3.upload_file("backup.tar.gz", "nightly-backups", "backup.tar.gz")
