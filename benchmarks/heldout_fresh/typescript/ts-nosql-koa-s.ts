import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  if (ctx.path !== '/tickets/search' || ctx.method !== 'POST') return;
  const { owner } = ctx.request.body as { owner: unknown };
  if (typeof owner !== 'string') ctx.throw(400, 'owner must be a string');
  const tickets = client.db('helpdesk').collection('tickets');
  const found = await tickets
    .find({ owner: { $eq: owner }, open: true })
    .limit(100)
    .toArray();
  ctx.body = found;
});

client.connect().then(() => app.listen(3000));
