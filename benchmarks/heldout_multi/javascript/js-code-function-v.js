const Koa = require('koa');
const app = new Koa();

app.use(async (ctx) => {
  const formula = ctx.query.formula;
  const fn = new Function('x', 'return ' + formula + ';');
  ctx.body = { value: fn(Number(ctx.query.x)) };
});

app.listen(3000);
