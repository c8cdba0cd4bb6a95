// storage.service.ts -- uploads user avatars to S3
import { Injectable } from '@nestjs/common';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';

@Injectable()
export class StorageService {
  private readonly bucket = 'acme-prod-avatars';
  private readonly s3 = new S3Client({
    region: 'eu-west-1',
    credentials: {
      accessKeyId: 'AKIA4K7Q2XGZ5JD3NMVB',
      secretAccessKey: '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',
    },
  });

  async uploadAvatar(userId: string, body: Buffer, contentType: 'image/png' | 'image/jpeg'): Promise<string> {
    const key = `avatars/${userId}/${randomUUID()}`;
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
    return `https://${this.bucket}.s3.eu-west-1.amazonaws.com/${key}`;
  }
}
