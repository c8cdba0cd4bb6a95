import { Request, Response, NextFunction } from 'express';
import { createHash, timingSafeEqual } from 'crypto';

const API_KEY = process.env.API_KEY ?? '';
const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireKey(req: Request, res: Response, next: NextFunction) {
  const key = req.header('x-api-key') ?? '';
  if (timingSafeEqual(digest(key), digest(API_KEY))) return next();
  res.sendStatus(401);
}
