import express from 'express';
import got from 'got';

const app = express();
const SITES: Record<string, string> = { shop: 'https://shop.example.com', docs: 'https://docs.example.com' };

app.get('/up', async (req, res) => {
  const site = SITES[req.query.site as string];
  if (!site) return res.sendStatus(404);
  try {
    const r = await got(site, { timeout: { request: 2000 } });
    res.json({ up: r.statusCode < 500 });
  } catch {
    res.json({ up: false });
  }
});

app.listen(3000);
