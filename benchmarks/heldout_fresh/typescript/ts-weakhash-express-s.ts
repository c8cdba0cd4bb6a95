import express from 'express';
import bcrypt from 'bcrypt';
import { users } from './store';

const router = express.Router();

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 12);
}

router.post('/users', express.json(), async (req, res) => {
  const { username, password } = req.body as { username: string; password: string };
  if (await users.exists(username)) {
    return res.status(409).json({ error: 'taken' });
  }
  await users.insert({ username, passwordHash: await hashPassword(password) });
  res.status(201).json({ username });
});

export default router;
