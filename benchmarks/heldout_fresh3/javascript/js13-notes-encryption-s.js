// crypto-notes.js: encrypt private notes before they are stored in the database
const crypto = require('node:crypto');

const KEY = Buffer.from(process.env.NOTES_KEY_HEX, 'hex'); // 32 bytes

function encryptNote(plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function decryptNote(stored) {
  const raw = Buffer.from(stored, 'base64');
  const iv = raw.subarray(0, 12);
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, iv);
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

module.exports = { encryptNote, decryptNote };
