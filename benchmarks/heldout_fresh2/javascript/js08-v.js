const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

// The shopping cart preferences live in a cookie so anonymous visitors keep them.
app.get('/cart/prefs', (req, res) => {
  let prefs = { currency: 'EUR', giftWrap: false };
  if (req.cookies.prefs) {
    const raw = Buffer.from(req.cookies.prefs, 'base64').toString('utf8');
    prefs = serialize.unserialize(raw);
  }
  res.json(prefs);
});

app.post('/cart/prefs', express.json(), (req, res) => {
  const prefs = { currency: req.body.currency || 'EUR', giftWrap: !!req.body.giftWrap };
  const encoded = Buffer.from(serialize.serialize(prefs)).toString('base64');
  res.cookie('prefs', encoded, { httpOnly: true, sameSite: 'lax' });
  res.json(prefs);
});

app.listen(3000);
