import express from 'express';
import got from 'got';

const app = express();

app.get('/up', async (req, res) => {
  const site = req.query.site as string;
  try {
    const r = await got(site, { timeout: { request: 2000 } });
    res.json({ up: r.statusCode < 500 });
  } catch {
    res.json({ up: false });
  }
});

app.listen(3000);
