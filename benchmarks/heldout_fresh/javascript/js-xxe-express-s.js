const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'], limit: '1mb' }));

app.post('/api/sitemap/check', (req, res) => {
  let doc;
  try {
    doc = libxmljs.parseXml(req.body, { noent: false, dtdload: false, nonet: true });
  } catch (e) {
    return res.status(400).json({ error: 'invalid xml' });
  }
  const ns = { s: 'http://www.sitemaps.org/schemas/sitemap/0.9' };
  const urls = doc.find('//s:url/s:loc', ns).map((n) => n.text());
  res.json({ count: urls.length, sample: urls.slice(0, 5) });
});

app.listen(3000);
