// storage.service.ts -- uploads user avatars to S3
import { Injectable } from '@nestjs/common';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';

@Injectable()
export class StorageService {
  private readonly bucket = process.env.AVATAR_BUCKET ?? 'acme-prod-avatars';
  // Credentials come from the default provider chain (env vars, IRSA / instance role).
  private readonly s3 = new S3Client({
    region: process.env.AWS_REGION ?? 'eu-west-1',
  });

  async uploadAvatar(userId: string, body: Buffer, contentType: 'image/png' | 'image/jpeg'): Promise<string> {
    const key = `avatars/${userId}/${randomUUID()}`;
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
    return `https://${this.bucket}.s3.eu-west-1.amazonaws.com/${key}`;
  }
}
