const Koa = require('koa');
const { Parser } = require('expr-eval');
const app = new Koa();

app.use(async (ctx) => {
  const formula = ctx.query.formula;
  const expr = new Parser().parse(formula);
  ctx.body = { value: expr.evaluate({ x: Number(ctx.query.x) }) };
});

app.listen(3000);
