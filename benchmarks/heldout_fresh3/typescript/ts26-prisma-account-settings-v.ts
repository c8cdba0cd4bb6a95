import express, { type Request, type Response } from 'express';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';
import { requireSession } from './session';

// model Account { id Int @id, email String, displayName String, timezone String,
//                 plan String @default("free"), isAdmin Boolean @default(false) }
const prisma = new PrismaClient();
const router = express.Router();
router.use(express.json());

const SettingsBody = z.object({
  displayName: z.string().min(1).max(60).optional(),
  timezone: z.string().max(64).optional(),
}).passthrough();

// PUT /account/settings
router.put('/account/settings', requireSession, async (req: Request, res: Response) => {
  const result = SettingsBody.safeParse(req.body);
  if (!result.success) return res.status(400).json({ error: result.error.flatten() });
  const account = await prisma.account.update({
    where: { id: req.session.accountId },
    data: result.data,
    select: { id: true, displayName: true, timezone: true },
  });
  res.json(account);
});

export default router;
