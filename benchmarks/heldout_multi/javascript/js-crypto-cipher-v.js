const crypto = require('crypto');

const KEY = Buffer.from(process.env.TOKEN_KEY, 'hex');

function encryptToken(token) {
  const cipher = crypto.createCipheriv('des-ecb', KEY.subarray(0, 8), null);
  return Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]).toString('base64');
}

module.exports = { encryptToken };
