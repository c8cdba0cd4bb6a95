const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

const CURRENCIES = new Set(['EUR', 'USD', 'GBP']);

// The shopping cart preferences live in a cookie so anonymous visitors keep them.
app.get('/cart/prefs', (req, res) => {
  let prefs = { currency: 'EUR', giftWrap: false };
  if (req.cookies.prefs) {
    try {
      const raw = JSON.parse(Buffer.from(req.cookies.prefs, 'base64').toString('utf8'));
      prefs = {
        currency: CURRENCIES.has(raw.currency) ? raw.currency : 'EUR',
        giftWrap: raw.giftWrap === true,
      };
    } catch (e) { /* keep defaults */ }
  }
  res.json(prefs);
});

app.post('/cart/prefs', express.json(), (req, res) => {
  const prefs = { currency: CURRENCIES.has(req.body.currency) ? req.body.currency : 'EUR', giftWrap: !!req.body.giftWrap };
  const encoded = Buffer.from(JSON.stringify(prefs)).toString('base64');
  res.cookie('prefs', encoded, { httpOnly: true, sameSite: 'lax' });
  res.json(prefs);
});

app.listen(3000);
