// field-crypto.ts: encrypts the IBAN column before it is written by the TypeORM transformer
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { ValueTransformer } from 'typeorm';

const key = Buffer.from(process.env.FIELD_KEY_B64 ?? '', 'base64'); // 32 bytes
const ALGORITHM = 'aes-256-gcm';

export function encryptField(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function decryptField(stored: string): string {
  const raw = Buffer.from(stored, 'base64');
  const decipher = createDecipheriv(ALGORITHM, key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export const encryptedColumn: ValueTransformer = {
  to: (value: string | null) => (value == null ? value : encryptField(value)),
  from: (value: string | null) => (value == null ? value : decryptField(value)),
};
