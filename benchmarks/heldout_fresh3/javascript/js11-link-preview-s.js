const express = require('express');

const app = express();
const ALLOWED_HOSTS = new Set(['www.youtube.com', 'vimeo.com', 'github.com', 'en.wikipedia.org']);

async function fetchTitle(target) {
  const resp = await fetch(target, { redirect: 'error', signal: AbortSignal.timeout(5000) });
  const html = await resp.text();
  const m = html.match(/<title[^>]*>([^<]*)<\/title>/i);
  return { status: resp.status, title: m ? m[1].trim() : null };
}

// GET /preview?url=https://github.com/nodejs/node
app.get('/preview', async (req, res) => {
  const raw = req.query.url;
  let target;
  try {
    target = new URL(raw);
  } catch {
    return res.status(400).json({ error: 'invalid url' });
  }
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname) || target.port !== '') {
    return res.status(400).json({ error: 'host not allowed' });
  }
  try {
    res.json(await fetchTitle(target.href));
  } catch {
    res.status(502).json({ error: 'fetch failed' });
  }
});

app.listen(3000);
