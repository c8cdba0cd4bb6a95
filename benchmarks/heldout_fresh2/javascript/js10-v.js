const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

async function checkLogin(user, pass) {
  // placeholder for the real user store
  return user === 'demo' && pass === process.env.DEMO_PASSWORD;
}

// POST /login?returnTo=/account/orders
app.post('/login', async (req, res) => {
  const ok = await checkLogin(req.body.username, req.body.password);
  if (!ok) {
    return res.status(401).send('Invalid credentials');
  }
  req.session.user = req.body.username;
  const returnTo = req.query.returnTo || '/';
  res.redirect(returnTo);
});

app.listen(3000);
