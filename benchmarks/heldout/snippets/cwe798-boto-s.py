import boto3

s3 = boto3.client("s3")  # credentials from the environment or the instance role
s3.upload_file("backup.tar.gz", "nightly-backups", "backup.tar.gz")
