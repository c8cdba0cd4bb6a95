const express = require('express');
const crypto = require('crypto');
const { checkLogin } = require('./auth');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  const user = await checkLogin(req.body.username, req.body.password);
  if (!user) {
    return res.status(401).send('invalid credentials');
  }
  const sid = crypto.randomBytes(24).toString('base64url');
  await user.storeSession(sid);
  res.cookie('sid', sid, { maxAge: 8 * 3600 * 1000, httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/');
});

app.listen(3000);
