// field-crypto.ts: encrypts the IBAN column before it is written by the TypeORM transformer
import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { ValueTransformer } from 'typeorm';

const key = Buffer.from(process.env.FIELD_KEY_B64 ?? '', 'base64'); // 32 bytes
const ALGORITHM = 'aes-256-ecb';

export function encryptField(plain: string): string {
  const cipher = createCipheriv(ALGORITHM, key, null);
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

export function decryptField(stored: string): string {
  const decipher = createDecipheriv(ALGORITHM, key, null);
  return Buffer.concat([decipher.update(Buffer.from(stored, 'base64')), decipher.final()]).toString('utf8');
}

export const encryptedColumn: ValueTransformer = {
  to: (value: string | null) => (value == null ? value : encryptField(value)),
  from: (value: string | null) => (value == null ? value : decryptField(value)),
};
