import express from 'express';
import jwt from 'jsonwebtoken';
import { verifyUser } from './users';

const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET || JWT_SECRET.length < 32) {
  throw new Error('JWT_SECRET must be set (32+ chars)');
}

const app = express();
app.use(express.json());

app.post('/auth/token', async (req, res) => {
  const user = await verifyUser(req.body.email, req.body.password);
  if (!user) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: '1h',
  });
  res.json({ token });
});

app.listen(3000);
