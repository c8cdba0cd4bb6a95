import express from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { users } from './store';

const router = express.Router();

export function hashPassword(password: string, salt = randomBytes(8).toString('hex')): string {
  const digest = createHash('sha256').update(salt + password).digest('hex');
  return `${salt}$${digest}`;
}

router.post('/users', express.json(), async (req, res) => {
  const { username, password } = req.body as { username: string; password: string };
  if (await users.exists(username)) {
    return res.status(409).json({ error: 'taken' });
  }
  await users.insert({ username, passwordHash: hashPassword(password) });
  res.status(201).json({ username });
});

export default router;
