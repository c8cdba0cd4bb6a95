// tokens.js - encrypts the user id into an unsubscribe link token
const crypto = require('crypto');

const KEY = Buffer.from(process.env.LINK_KEY_HEX, 'hex'); // 24 bytes

function encode(userId) {
  const cipher = crypto.createCipheriv('des-ede3', KEY, null);
  const out = Buffer.concat([cipher.update(String(userId), 'utf8'), cipher.final()]);
  return out.toString('base64url');
}

function decode(token) {
  const decipher = crypto.createDecipheriv('des-ede3', KEY, null);
  const out = Buffer.concat([decipher.update(Buffer.from(token, 'base64url')), decipher.final()]);
  return out.toString('utf8');
}

module.exports = { encode, decode };
