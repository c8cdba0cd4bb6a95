import express from 'express';
import { randomUUID } from 'crypto';

const app = express();

app.get('/echo', (req, res) => {
  const asked = String(req.query.corr ?? '');
  const corr = /^[0-9a-f-]{36}$/.test(asked) ? asked : randomUUID();
  res.writeHead(200, { 'X-Correlation-Id': corr, 'Content-Type': 'text/plain' });
  res.end('ok');
});

app.listen(3000);
