import express from 'express';
import { randomInt } from 'node:crypto';
import { saveApiKey } from './keys';

const app = express();

function generateApiKey(prefix = 'sk_live_'): string {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let out = prefix;
  for (let i = 0; i < 40; i++) {
    out += chars[randomInt(chars.length)];
  }
  return out;
}

app.post('/projects/:id/keys', async (req, res) => {
  const key = generateApiKey();
  await saveApiKey(req.params.id, key);
  res.status(201).json({ key });
});

app.listen(3000);
