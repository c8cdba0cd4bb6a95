import express from "express";
import session from "express-session";

declare module "express-session" {
  interface SessionData { userId: number; tenantId: number; isSupport: boolean }
}

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));

app.post("/session/switch-tenant", (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  const { tenantId, supportMode } = req.body;
  req.session.tenantId = Number(tenantId);
  req.session.isSupport = Boolean(supportMode);
  res.json({ tenantId: req.session.tenantId });
});

app.get("/tenants/current/billing", (req, res) => {
  if (!req.session.isSupport && !req.session.tenantId) return res.sendStatus(403);
  res.json({ tenant: req.session.tenantId, plan: "pro" });
});

app.listen(3000);
