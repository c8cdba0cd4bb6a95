const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const THEMES = ['light', 'dark', 'contrast'];

app.post('/preferences', (req, res) => {
  if (!req.session.userId) return res.redirect('/login');
  const prefs = { theme: THEMES.includes(req.body.theme) ? req.body.theme : 'light' };
  Object.assign(req.session, prefs);
  res.redirect('/settings');
});

app.get('/premium/report', (req, res) => {
  if (req.session.tier !== 'premium') return res.status(402).send('upgrade required');
  res.send('premium report');
});

app.listen(3000);
