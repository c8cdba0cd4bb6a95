import express, { type Request, type Response } from 'express';
import path from 'node:path';
import { authenticate } from './auth'; // verifies the session cookie, 401 otherwise

const REPORTS_DIR = path.resolve(process.env.REPORTS_DIR ?? './var/reports');
const app = express();

// GET /reports/download?name=2024-q3-summary.pdf
app.get('/reports/download', authenticate, (req: Request, res: Response) => {
  const name = req.query.name;
  if (typeof name !== 'string' || name.length === 0) {
    return res.status(400).json({ error: 'name is required' });
  }
  res.sendFile(path.join(REPORTS_DIR, name), (err) => {
    if (err && !res.headersSent) res.status(404).json({ error: 'report not found' });
  });
});

app.listen(3000);
