const crypto = require('crypto');

const key = crypto.scryptSync(process.env.NOTES_PASSWORD, 'notes-salt', 32);
const iv = Buffer.from('a1b2c3d4e5f60718', 'utf8');

function encryptNote(text) {
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

module.exports = { encryptNote };
