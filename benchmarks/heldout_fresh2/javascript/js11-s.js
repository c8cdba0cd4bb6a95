const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'], limit: '1mb' }));

// POST /invoices (body: <invoice><number>..</number><amount>..</amount></invoice>)
app.post('/invoices', (req, res) => {
  let doc;
  try {
    doc = libxmljs.parseXml(req.body, { noent: false, dtdload: false, nonet: true });
  } catch (e) {
    return res.status(400).json({ error: 'malformed xml' });
  }
  const number = doc.get('//number');
  const amount = doc.get('//amount');
  if (!number || !amount) {
    return res.status(422).json({ error: 'number and amount required' });
  }
  res.status(201).json({ number: number.text(), amount: Number(amount.text()) });
});

app.listen(3000);
