import express from 'express';
import { randomBytes } from 'crypto';

const app = express();

app.post('/login', (_req, res) => {
  const sid = randomBytes(24).toString('hex');
  res.cookie('sid', sid, { httpOnly: false, secure: false, maxAge: 86_400_000 });
  res.sendStatus(204);
});

app.listen(3000);
