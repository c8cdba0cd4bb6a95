const express = require('express');

const app = express();

async function fetchTitle(target) {
  const resp = await fetch(target, { redirect: 'follow', signal: AbortSignal.timeout(5000) });
  const html = await resp.text();
  const m = html.match(/<title[^>]*>([^<]*)<\/title>/i);
  return { status: resp.status, title: m ? m[1].trim() : null };
}

// GET /preview?url=https://example.com/article
app.get('/preview', async (req, res) => {
  const raw = req.query.url;
  let target;
  try {
    target = new URL(raw);
  } catch {
    return res.status(400).json({ error: 'invalid url' });
  }
  if (!['http:', 'https:'].includes(target.protocol)) {
    return res.status(400).json({ error: 'unsupported scheme' });
  }
  try {
    res.json(await fetchTitle(target.href));
  } catch {
    res.status(502).json({ error: 'fetch failed' });
  }
});

app.listen(3000);
