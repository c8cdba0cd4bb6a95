import express, { type Request, type Response } from 'express';
import { MongoClient } from 'mongodb';
import { requireLogin } from './auth'; // sets req.user from the session, 401 otherwise

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const orders = client.db('shop').collection('orders');
const app = express();

interface OrderFilter {
  customer: string;
  status: string;
}

function buildFilter(f: OrderFilter) {
  return { customer: { $eq: f.customer }, status: { $eq: f.status } };
}

// GET /api/my/orders?status=shipped  -> the logged-in customer's orders in that status
app.get('/api/my/orders', requireLogin, async (req: Request, res: Response) => {
  const filter: OrderFilter = {
    customer: req.user!.customerId,
    status: String(req.query.status ?? 'open'),
  };
  const docs = await orders.find(buildFilter(filter)).limit(100).toArray();
  res.json(docs);
});

client.connect().then(() => app.listen(3000));
