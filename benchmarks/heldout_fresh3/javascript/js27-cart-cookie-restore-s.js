const express = require('express');
const cookieParser = require('cookie-parser');

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

app.get('/cart', (req, res) => {
  const cart = loadCart(req);
  const total = cart.items.reduce((sum, i) => sum + Number(i.price) * Number(i.qty), 0);
  res.json({ items: cart.items, total });
});

app.post('/cart/clear', (req, res) => {
  res.clearCookie('cart');
  res.status(204).end();
});

app.listen(3000);
