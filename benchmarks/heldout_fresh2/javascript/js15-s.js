const express = require('express');
const crypto = require('crypto');
const { authenticate, sessions } = require('./auth');

const app = express();
app.use(express.json());

// POST /api/login  { "email": "...", "password": "..." }
app.post('/api/login', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid login' });

  const sid = crypto.randomBytes(32).toString('hex');
  await sessions.create(sid, user.id);

  res.cookie('sid', sid, {
    maxAge: 7 * 24 * 3600 * 1000,
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
  });
  res.json({ id: user.id, name: user.name });
});

app.listen(3000);
