const Koa = require('koa');
const app = new Koa();
let clicks = 0;
const PARTNERS = new Set(['shop.example.org', 'docs.example.org']);

app.use(async (ctx) => {
  if (ctx.path === '/out') {
    const to = new URL(ctx.query.to);
    if (!PARTNERS.has(to.hostname)) { ctx.status = 400; return; }
    clicks += 1;
    ctx.redirect(to.href);
  }
});

app.listen(3000);
