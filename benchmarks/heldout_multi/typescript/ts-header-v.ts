import express from 'express';

const app = express();

app.get('/echo', (req, res) => {
  const corr = String(req.query.corr ?? '');
  res.writeHead(200, { 'X-Correlation-Id': corr, 'Content-Type': 'text/plain' });
  res.end('ok');
});

app.listen(3000);
