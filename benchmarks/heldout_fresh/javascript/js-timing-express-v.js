const express = require('express');

const app = express();
const ADMIN_TOKEN = process.env.ADMIN_TOKEN;

function requireAdmin(req, res, next) {
  const supplied = req.get('X-Admin-Token') || '';
  if (supplied === ADMIN_TOKEN) {
    return next();
  }
  res.status(401).json({ error: 'unauthorized' });
}

app.post('/admin/cache/flush', requireAdmin, (req, res) => {
  // flush caches here
  res.json({ flushed: true });
});

app.listen(3000);
