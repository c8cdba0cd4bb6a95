const express = require('express');
const session = require('express-session');
const { verifyCredentials } = require('./auth');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }));

const BASE = 'https://app.example.com';

function safeNext(raw) {
  try {
    const url = new URL(String(raw || '/'), BASE);
    if (url.origin !== BASE || url.pathname.startsWith('//')) return '/';
    return url.pathname + url.search;
  } catch {
    return '/';
  }
}

// POST /login?next=/settings
app.post('/login', async (req, res) => {
  const user = await verifyCredentials(req.body.username, req.body.password);
  if (!user) {
    return res.status(401).send('Invalid username or password');
  }
  req.session.regenerate((err) => {
    if (err) return res.status(500).send('Session error');
    req.session.userId = user.id;
    const next = safeNext(req.query.next);
    res.redirect(303, next);
  });
});

app.listen(3000);
