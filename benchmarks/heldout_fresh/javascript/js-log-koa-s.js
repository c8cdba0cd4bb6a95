const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const fs = require('fs');

const audit = fs.createWriteStream('/var/log/shop/audit.log', { flags: 'a' });
const app = new Koa();
app.use(bodyParser());

const clean = (v) => String(v).replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 100);

app.use(async (ctx) => {
  if (ctx.path === '/coupon' && ctx.method === 'POST') {
    const { code, account } = ctx.request.body;
    audit.write(`${new Date().toISOString()} coupon-attempt account=${clean(account)} code=${clean(code)}\n`);
    ctx.body = { applied: false };
  }
});

app.listen(3000);
