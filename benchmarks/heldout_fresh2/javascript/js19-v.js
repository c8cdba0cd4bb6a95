const express = require('express');
const fs = require('fs/promises');

const app = express();
const LOG_FILE = '/var/log/app/access.log';

// GET /admin/logs/grep?pattern=timeout&limit=100
// Internal tool for support staff to grep the access log.
app.get('/admin/logs/grep', async (req, res) => {
  const pattern = req.query.pattern || '';
  const limit = Math.min(parseInt(req.query.limit, 10) || 100, 1000);
  const matcher = new RegExp(pattern, 'i');
  const text = await fs.readFile(LOG_FILE, 'utf8');
  const lines = text.split('\n').filter((line) => matcher.test(line)).slice(0, limit);
  res.type('text/plain').send(lines.join('\n'));
});

app.listen(3000);
