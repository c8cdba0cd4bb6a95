import express from 'express';
import session from 'express-session';

declare module 'express-session' {
  interface SessionData {
    userId: string;
    plan: string;
  }
}

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));

app.post('/account/plan', (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  // the pricing page posts the plan the user picked after checkout
  req.session.plan = req.body.plan;
  res.json({ plan: req.session.plan });
});

app.get('/exports/full', (req, res) => {
  if (req.session.plan !== 'enterprise') return res.sendStatus(402);
  res.json({ rows: [] });
});

app.listen(3000);
