const Koa = require('koa');
const { MongoClient } = require('mongodb');

const app = new Koa();
const orders = new MongoClient(process.env.MONGO_URL).db('shop').collection('orders');

app.use(async (ctx) => {
  const min = Number.parseFloat(ctx.query.min);
  ctx.body = await orders.find({ amount: { $gt: min } }).toArray();
});

app.listen(3000);
