import { Request, Response, NextFunction } from 'express';

const API_KEY = process.env.API_KEY ?? '';

export function requireKey(req: Request, res: Response, next: NextFunction) {
  const key = req.header('x-api-key') ?? '';
  if (key === API_KEY) return next();
  res.sendStatus(401);
}
