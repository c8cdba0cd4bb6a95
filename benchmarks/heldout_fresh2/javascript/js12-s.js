const express = require('express');
const crypto = require('crypto');
const { sendMail } = require('./mailer');
const { users, resetTokens } = require('./store');

const app = express();
app.use(express.json());

function makeToken(length = 32) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[crypto.randomInt(alphabet.length)];
  }
  return out;
}

// POST /password/forgot  { "email": "..." }
app.post('/password/forgot', async (req, res) => {
  const user = await users.findByEmail(String(req.body.email || ''));
  if (user) {
    const token = makeToken();
    await resetTokens.save(user.id, token, Date.now() + 30 * 60 * 1000);
    await sendMail(user.email, 'Reset your password', `https://app.example.com/reset?token=${token}`);
  }
  res.json({ ok: true });
});

app.listen(3000);
