# config/initializers/s3.rb
require "aws-sdk-s3"

Aws.config.update(
  region: "eu-west-1",
  credentials: Aws::Credentials.new(
    "AKIAQ4NXRZ7KD2MPL5TW",
    "t9Vb3kQe+XnL0rFh2Wc8sYpZ1uJm5aDg7oKiE4Nv"
  )
)

S3_BUCKET = Aws::S3::Resource.new.bucket("acme-user-uploads")
