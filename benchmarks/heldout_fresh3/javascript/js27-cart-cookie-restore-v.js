const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const { priceOf } = require('./catalog'); // current price in cents by SKU, from the database

const app = express();
app.use(cookieParser());

function loadCart(req) {
  const raw = req.cookies.cart;
  if (!raw) return { items: [] };
  const decoded = Buffer.from(raw, 'base64').toString('utf8');
  return serialize.unserialize(decoded);
}

app.get('/cart', async (req, res) => {
  const cart = loadCart(req);
  let total = 0;
  for (const item of cart.items) total += (await priceOf(item.sku)) * item.qty;
  res.json({ items: cart.items, total });
});

app.post('/cart/clear', (req, res) => {
  res.clearCookie('cart');
  res.status(204).end();
});

app.listen(3000);
