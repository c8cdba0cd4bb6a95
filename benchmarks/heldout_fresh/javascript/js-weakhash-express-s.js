const express = require('express');
const crypto = require('crypto');
const { promisify } = require('util');
const db = require('./db');

const router = express.Router();
const scrypt = promisify(crypto.scrypt);

async function digest(pw) {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(pw, salt, 64, { N: 16384, r: 8, p: 1 });
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

router.post('/signup', express.json(), async (req, res) => {
  const { email, password } = req.body;
  if (!email || !password || password.length < 8) {
    return res.status(400).json({ error: 'email and a password of 8+ chars required' });
  }
  await db.query('INSERT INTO accounts (email, pw_hash) VALUES ($1, $2)', [email, await digest(password)]);
  res.status(201).json({ ok: true });
});

module.exports = router;
