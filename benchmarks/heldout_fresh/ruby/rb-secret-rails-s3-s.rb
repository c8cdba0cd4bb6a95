# config/initializers/s3.rb
require "aws-sdk-s3"

Aws.config.update(
  region: "eu-west-1",
  credentials: Aws::Credentials.new(
    ENV.fetch("AWS_ACCESS_KEY_ID"),
    ENV.fetch("AWS_SECRET_ACCESS_KEY")
  )
)

S3_BUCKET = Aws::S3::Resource.new.bucket("acme-user-uploads")
