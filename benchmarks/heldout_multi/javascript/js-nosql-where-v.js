const Koa = require('koa');
const { MongoClient } = require('mongodb');

const app = new Koa();
const orders = new MongoClient(process.env.MONGO_URL).db('shop').collection('orders');

app.use(async (ctx) => {
  const min = ctx.query.min;
  ctx.body = await orders.find({ $where: 'this.amount > ' + min }).toArray();
});

app.listen(3000);
