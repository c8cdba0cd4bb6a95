import sys
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAQ3EGRT7NXW2LMP5K",
    aws_secret_access_key="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",
)
s3.upload_file(sys.argv[1], "team-uploads", sys.argv[1])
