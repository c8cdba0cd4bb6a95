const express = require('express');
const crypto = require('crypto');
const db = require('./db');

const router = express.Router();

const digest = (pw) => crypto.createHash('md5').update(pw).digest('hex');

router.post('/signup', express.json(), async (req, res) => {
  const { email, password } = req.body;
  if (!email || !password || password.length < 8) {
    return res.status(400).json({ error: 'email and a password of 8+ chars required' });
  }
  await db.query('INSERT INTO accounts (email, pw_hash) VALUES ($1, $2)', [email, digest(password)]);
  res.status(201).json({ ok: true });
});

module.exports = router;
