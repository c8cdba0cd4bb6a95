const express = require('express');
const session = require('express-session');
const { memberships } = require('./db');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// POST /onboarding/profile  { "displayName": "...", "tenant": "acme" }
// Stores what the user picked in the onboarding wizard for later requests.
app.post('/onboarding/profile', async (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  const { displayName, tenant } = req.body;
  const membership = await memberships.find(req.session.userId, String(tenant));
  if (!membership) return res.status(403).json({ error: 'not a member of that tenant' });
  req.session.displayName = String(displayName || '').slice(0, 80);
  req.session.tenant = membership.tenant;
  req.session.role = membership.role;
  res.json({ ok: true });
});

app.get('/admin/tenants', (req, res) => {
  if (req.session.role !== 'admin') return res.sendStatus(403);
  res.json({ tenant: req.session.tenant, manage: true });
});

app.listen(3000);
