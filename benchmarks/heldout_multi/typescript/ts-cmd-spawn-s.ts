import express from 'express';
import { spawnSync } from 'child_process';
import { isIP } from 'net';

const app = express();

app.get('/ping', (req, res) => {
  const host = String(req.query.host);
  if (!isIP(host)) return res.status(400).send('bad host');
  const out = spawnSync('ping', ['-c', '2', host]).stdout.toString();
  res.type('text/plain').send(out);
});

app.listen(3000);
