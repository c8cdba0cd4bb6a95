const express = require('express');
const crypto = require('node:crypto');
const cookieParser = require('cookie-parser');
const { checkLogin, storeRememberToken } = require('./auth');

const app = express();
app.use(express.json());
app.use(cookieParser());

app.post('/api/login', async (req, res) => {
  const user = await checkLogin(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'bad credentials' });

  if (req.body.remember) {
    const token = crypto.randomBytes(32).toString('base64url');
    await storeRememberToken(user.id, token);
    res.cookie('remember_me', token, {
      maxAge: 30 * 24 * 3600 * 1000,
      httpOnly: false,
      secure: false,
    });
  }
  res.json({ id: user.id, name: user.name });
});

app.listen(3000);
