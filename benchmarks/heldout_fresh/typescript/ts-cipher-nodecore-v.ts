import { createCipheriv, createDecipheriv, scryptSync } from 'node:crypto';

// Encrypts customer notes before they are written to the database.
const key = scryptSync(process.env.NOTES_PASSPHRASE ?? '', 'notes-salt', 16);

export function sealNote(plain: string): string {
  const cipher = createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

export function openNote(sealed: string): string {
  const decipher = createDecipheriv('aes-128-ecb', key, null);
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
}
