import express, { type Request, type Response } from 'express';
import { MongoClient } from 'mongodb';
import { requireStaff } from './auth';

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const orders = client.db('shop').collection('orders');
const app = express();

interface OrderFilter {
  customer: string;
  minTotal: number;
}

function buildFilter(f: OrderFilter) {
  return { customer: { $eq: f.customer }, total: { $gte: f.minTotal } };
}

// GET /api/orders?customer=c-1042&minTotal=50  (called by the support console)
app.get('/api/orders', requireStaff, async (req: Request, res: Response) => {
  const filter: OrderFilter = {
    customer: String(req.query.customer ?? ''),
    minTotal: Number(req.query.minTotal ?? 0) || 0,
  };
  const docs = await orders.find(buildFilter(filter)).limit(100).toArray();
  res.json(docs);
});

client.connect().then(() => app.listen(3000));
