const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'], limit: '2mb' }));

const PARSE_OPTIONS = { noent: false, nonet: true, dtdload: false, noblanks: true };

// POST /import/products  (body: supplier product feed in XML)
app.post('/import/products', (req, res) => {
  let doc;
  try {
    doc = libxmljs.parseXml(req.body, PARSE_OPTIONS);
  } catch {
    return res.status(400).json({ error: 'malformed XML' });
  }
  const products = doc.find('//product').map((node) => ({
    sku: node.get('sku')?.text(),
    name: node.get('name')?.text(),
    price: Number(node.get('price')?.text()),
  }));
  res.json({ imported: products.length, preview: products.slice(0, 5) });
});

app.listen(3000);
