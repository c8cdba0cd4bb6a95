import uuid

import boto3
from flask import Flask, g, jsonify

app = Flask(__name__)

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIAQ7XK3M2PZ4R8WJ6N",
    aws_secret_access_key="tY8vR2wQ9kL4nB7xZ1cM5pH3jF6dS0gA8eU2iO4y",
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
