const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const fs = require('fs');

const audit = fs.createWriteStream('/var/log/shop/audit.log', { flags: 'a' });
const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  if (ctx.path === '/coupon' && ctx.method === 'POST') {
    const { code, account } = ctx.request.body;
    audit.write(`${new Date().toISOString()} coupon-attempt account=${account} code=${code}\n`);
    ctx.body = { applied: false };
  }
});

app.listen(3000);
