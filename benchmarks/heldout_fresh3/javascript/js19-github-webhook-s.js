const express = require('express');
const crypto = require('node:crypto');
const { enqueueBuild } = require('./ci');

const app = express();
const WEBHOOK_SECRET = process.env.GITHUB_WEBHOOK_SECRET;

app.post('/hooks/github', express.raw({ type: 'application/json' }), (req, res) => {
  const received = Buffer.from(req.get('x-hub-signature-256') || '');
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', WEBHOOK_SECRET).update(req.body).digest('hex'));
  if (received.length !== expected.length || !crypto.timingSafeEqual(received, expected)) {
    return res.status(401).send('bad signature');
  }
  const event = JSON.parse(req.body.toString('utf8'));
  if (req.get('x-github-event') === 'push') {
    enqueueBuild(event.repository.full_name, event.after);
  }
  res.status(202).send('queued');
});

app.listen(3000);
