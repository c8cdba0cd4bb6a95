// crypto-notes.js: encrypt private notes before they are stored in the database
const crypto = require('node:crypto');

const KEY = Buffer.from(process.env.NOTES_KEY_HEX, 'hex'); // 24 bytes

function encryptNote(plaintext) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv('des-ede3-cbc', KEY, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body]).toString('base64');
}

function decryptNote(stored) {
  const raw = Buffer.from(stored, 'base64');
  const iv = raw.subarray(0, 8);
  const decipher = crypto.createDecipheriv('des-ede3-cbc', KEY, iv);
  return Buffer.concat([decipher.update(raw.subarray(8)), decipher.final()]).toString('utf8');
}

module.exports = { encryptNote, decryptNote };
