import os
import uuid

import boto3
from flask import Flask, g, jsonify

app = Flask(__name__)

s3 = boto3.client(
    "s3",
    region_name=os.environ.get("AWS_REGION", "eu-west-1"),
)


@app.post("/me/avatar/upload-url")
def avatar_upload_url():
    key = f"avatars/{g.user_id}/{uuid.uuid4()}.png"
    url = s3.generate_presigned_url(
        "put_object",
        Params={"Bucket": "acme-user-media", "Key": key, "ContentType": "image/png"},
        ExpiresIn=300,
    )
    return jsonify({"url": url, "key": key})
