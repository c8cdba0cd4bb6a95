import express from 'express';
import { execSync } from 'child_process';

const app = express();

app.get('/ping', (req, res) => {
  const host = String(req.query.host);
  const out = execSync(`ping -c 2 ${host}`).toString();
  res.type('text/plain').send(out);
});

app.listen(3000);
