import express from 'express';
import session from 'express-session';
import { billing } from './billing';

declare module 'express-session' {
  interface SessionData {
    userId: string;
    plan: string;
  }
}

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));

app.post('/account/plan', async (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  // the plan comes from the billing system, not from what the page posted
  req.session.plan = await billing.activePlan(req.session.userId);
  res.json({ plan: req.session.plan });
});

app.get('/exports/full', (req, res) => {
  if (req.session.plan !== 'enterprise') return res.sendStatus(402);
  res.json({ rows: [] });
});

app.listen(3000);
