// tokens.js - encrypts the user id into an unsubscribe link token
const crypto = require('crypto');

const KEY = Buffer.from(process.env.LINK_KEY_HEX, 'hex'); // 32 bytes

function encode(userId) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(String(userId), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

function decode(token) {
  const raw = Buffer.from(token, 'base64url');
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  const out = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  return out.toString('utf8');
}

module.exports = { encode, decode };
