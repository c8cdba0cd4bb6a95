import express, { type Request, type Response, type NextFunction } from 'express';
import session from 'express-session';
import { PrismaClient } from '@prisma/client';

declare module 'express-session' {
  interface SessionData { userId: number; tenantId: string }
}

const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }));

const requireLogin = (req: Request, res: Response, next: NextFunction) =>
  req.session.userId ? next() : res.status(401).end();

// The tenant picker in the header calls this when a user switches organisation.
app.post('/session/tenant', requireLogin, async (req: Request, res: Response) => {
  const { tenantId } = req.body as { tenantId?: string };
  if (!tenantId) return res.status(400).json({ error: 'tenantId required' });
  const membership = await prisma.membership.findFirst({
    where: { userId: req.session.userId, tenantId: String(tenantId) },
  });
  if (!membership) return res.status(403).json({ error: 'not a member of this organisation' });
  req.session.tenantId = membership.tenantId;
  res.json({ tenantId: membership.tenantId });
});

// Every data endpoint scopes its queries by the tenant stored in the session.
app.get('/projects', requireLogin, async (req: Request, res: Response) => {
  res.json(await prisma.project.findMany({ where: { tenantId: req.session.tenantId } }));
});

app.listen(3000);
