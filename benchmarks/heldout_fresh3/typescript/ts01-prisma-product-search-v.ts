import { Router, type Request, type Response } from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
export const products = Router();

interface ProductRow {
  id: number;
  name: string;
  priceCents: number;
}

// GET /products/search?q=lamp&maxPrice=5000
products.get('/products/search', async (req: Request, res: Response) => {
  const q = String(req.query.q ?? '');
  const maxPrice = Number(req.query.maxPrice ?? 1_000_000);
  if (!Number.isFinite(maxPrice)) {
    return res.status(400).json({ error: 'maxPrice must be a number' });
  }
  const pattern = `%${q}%`;
  const rows = await prisma.$queryRawUnsafe<ProductRow[]>(
    `SELECT id, name, "priceCents" FROM "Product"
     WHERE name ILIKE '${pattern}' AND "priceCents" <= ${maxPrice}
     ORDER BY name LIMIT 25`,
  );
  res.json(rows);
});
