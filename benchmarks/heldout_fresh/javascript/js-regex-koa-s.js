const Koa = require('koa');
const Router = require('@koa/router');
const { loadLogLines } = require('./logs');

const app = new Koa();
const router = new Router();

const literal = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

router.get('/logs/search', async (ctx) => {
  const pattern = literal(ctx.query.q || '');
  const matcher = new RegExp(pattern, 'i');
  const lines = await loadLogLines();
  ctx.body = lines.filter((line) => matcher.test(line)).slice(0, 200);
});

app.use(router.routes());
app.listen(3000);
