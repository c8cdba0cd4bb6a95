const express = require('express');
const crypto = require('crypto');
const { handleEvent } = require('./billing');

const app = express();
const SIGNING_SECRET = process.env.PAYMENTS_SIGNING_SECRET;

// POST /webhooks/payments  (header X-Signature: hex HMAC-SHA256 of the raw body)
app.post('/webhooks/payments', express.raw({ type: 'application/json' }), async (req, res) => {
  const received = req.get('X-Signature') || '';
  const expected = crypto.createHmac('sha256', SIGNING_SECRET).update(req.body).digest('hex');
  if (received !== expected) {
    return res.status(401).send('bad signature');
  }
  await handleEvent(JSON.parse(req.body.toString('utf8')));
  res.sendStatus(204);
});

app.listen(3000);
