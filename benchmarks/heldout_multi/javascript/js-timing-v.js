const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.raw({ type: '*/*' }));

app.post('/webhook', (req, res) => {
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.HOOK_SECRET).update(req.body).digest('hex');
  if (req.get('X-Signature') !== expected) return res.status(401).end();
  res.send('ok');
});

app.listen(3000);
