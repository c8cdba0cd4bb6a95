const express = require('express');
const axios = require('axios');

const app = express();
const ALLOWED = new Set(['news.example.com', 'blog.example.com']);

app.get('/preview', async (req, res) => {
  const target = new URL(req.query.url);
  if (target.protocol !== 'https:' || !ALLOWED.has(target.hostname)) return res.status(400).end();
  const page = await axios.get(target.toString(), { timeout: 3000 });
  const title = /<title>([^<]*)<\/title>/i.exec(page.data);
  res.json({ title: title ? title[1] : null });
});

app.listen(3000);
