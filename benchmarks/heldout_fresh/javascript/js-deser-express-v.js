const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/cart', (req, res) => {
  let cart = { items: [] };
  if (req.cookies.cart) {
    const raw = Buffer.from(req.cookies.cart, 'base64').toString('utf8');
    cart = serialize.unserialize(raw);
  }
  res.json({ count: cart.items.length, items: cart.items });
});

app.listen(3000);
