const express = require('express');
const crypto = require('node:crypto');
const db = require('./db');

const router = express.Router();
router.use(express.json());

function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex');
  const digest = crypto.createHash('md5').update(salt + password).digest('hex');
  return `${salt}:${digest}`;
}

router.post('/signup', async (req, res) => {
  const { email, password } = req.body;
  if (typeof email !== 'string' || typeof password !== 'string' || password.length < 12) {
    return res.status(400).json({ error: 'email and a 12+ character password are required' });
  }
  const hash = hashPassword(password);
  await db.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, hash]);
  res.status(201).json({ ok: true });
});

module.exports = router;
