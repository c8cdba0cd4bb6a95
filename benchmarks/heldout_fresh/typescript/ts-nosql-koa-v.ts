import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  if (ctx.path !== '/tickets/search' || ctx.method !== 'POST') return;
  const { owner } = ctx.request.body as { owner: string };
  const tickets = client.db('helpdesk').collection('tickets');
  const found = await tickets
    .find({ $where: `this.owner == '${owner}' && this.open == true` })
    .limit(100)
    .toArray();
  ctx.body = found;
});

client.connect().then(() => app.listen(3000));
