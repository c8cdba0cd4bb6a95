const express = require('express');
const fs = require('node:fs');
const readline = require('node:readline');

const app = express();
const LOG_FILE = '/srv/status/incidents.log';

// GET /logs/search?pattern=timeout&limit=100  (status page: anyone can search the public incident log)
app.get('/logs/search', async (req, res) => {
  const limit = Math.min(Number(req.query.limit) || 100, 1000);
  const matcher = new RegExp(req.query.pattern || '.', 'i');
  const rl = readline.createInterface({ input: fs.createReadStream(LOG_FILE) });
  const hits = [];
  for await (const line of rl) {
    if (matcher.test(line)) {
      hits.push(line);
      if (hits.length >= limit) break;
    }
  }
  rl.close();
  res.json({ count: hits.length, lines: hits });
});

app.listen(3000);
