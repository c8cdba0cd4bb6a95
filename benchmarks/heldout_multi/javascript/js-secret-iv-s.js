const crypto = require('crypto');

const key = crypto.scryptSync(process.env.NOTES_PASSWORD, process.env.NOTES_SALT, 32);

function encryptNote(text) {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return iv.toString('hex') + ':' + cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

module.exports = { encryptNote };
