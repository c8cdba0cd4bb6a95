const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// POST /onboarding/profile  { "displayName": "...", "tenant": "acme", "role": "viewer" }
// Stores what the user picked in the onboarding wizard for later requests.
app.post('/onboarding/profile', (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  const { displayName, tenant, role } = req.body;
  req.session.displayName = displayName;
  req.session.tenant = tenant;
  req.session.role = role;
  res.json({ ok: true });
});

app.get('/admin/tenants', (req, res) => {
  if (req.session.role !== 'admin') return res.sendStatus(403);
  res.json({ tenant: req.session.tenant, manage: true });
});

app.listen(3000);
