const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

function loadCart(req) {
  const raw = req.cookies.cart;
  if (!raw) return { items: [] };
  const decoded = Buffer.from(raw, 'base64').toString('utf8');
  return serialize.unserialize(decoded);
}

app.get('/cart', (req, res) => {
  const cart = loadCart(req);
  const total = cart.items.reduce((sum, i) => sum + i.price * i.qty, 0);
  res.json({ items: cart.items, total });
});

app.post('/cart/clear', (req, res) => {
  res.clearCookie('cart');
  res.status(204).end();
});

app.listen(3000);
