const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.raw({ type: '*/*' }));

app.post('/webhook', (req, res) => {
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', process.env.HOOK_SECRET).update(req.body).digest('hex'));
  const given = Buffer.from(req.get('X-Signature') || '');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.status(401).end();
  res.send('ok');
});

app.listen(3000);
