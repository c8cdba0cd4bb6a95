const express = require('express');
const crypto = require('crypto');

const app = express();
const ADMIN_TOKEN = process.env.ADMIN_TOKEN;

function requireAdmin(req, res, next) {
  const supplied = req.get('X-Admin-Token') || '';
  const a = crypto.createHash('sha256').update(supplied).digest();
  const b = crypto.createHash('sha256').update(ADMIN_TOKEN).digest();
  if (crypto.timingSafeEqual(a, b)) {
    return next();
  }
  res.status(401).json({ error: 'unauthorized' });
}

app.post('/admin/cache/flush', requireAdmin, (req, res) => {
  // flush caches here
  res.json({ flushed: true });
});

app.listen(3000);
