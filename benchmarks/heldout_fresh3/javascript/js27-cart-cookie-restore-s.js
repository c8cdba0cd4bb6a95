const express = require('express');
const cookieParser = require('cookie-parser');

const { priceOf } = require('./catalog'); // current price in cents by SKU, from the database

const app = express();
app.use(cookieParser());

function loadCart(req) {
  const raw = req.cookies.cart;
  if (!raw) return { items: [] };
  const decoded = Buffer.from(raw, 'base64').toString('utf8');
  try {
    const parsed = JSON.parse(decoded);
    return Array.isArray(parsed.items) ? { items: parsed.items } : { items: [] };
  } catch {
    return { items: [] };
  }
}

app.get('/cart', async (req, res) => {
  const cart = loadCart(req);
  let total = 0;
  for (const item of cart.items) total += (await priceOf(String(item.sku))) * Math.max(0, Math.trunc(Number(item.qty) || 0));
  res.json({ items: cart.items, total });
});

app.post('/cart/clear', (req, res) => {
  res.clearCookie('cart');
  res.status(204).end();
});

app.listen(3000);
