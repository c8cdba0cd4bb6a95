const crypto = require('crypto');

// Encrypts customer notes before they are stored; key comes from the KMS-provided env var.
const KEY = Buffer.from(process.env.NOTES_KEY_HEX, 'hex'); // 16 bytes

function encryptNote(plaintext) {
  const cipher = crypto.createCipheriv('aes-128-ecb', KEY, null);
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

function decryptNote(encoded) {
  const decipher = crypto.createDecipheriv('aes-128-ecb', KEY, null);
  return Buffer.concat([decipher.update(Buffer.from(encoded, 'base64')), decipher.final()]).toString('utf8');
}

module.exports = { encryptNote, decryptNote };
