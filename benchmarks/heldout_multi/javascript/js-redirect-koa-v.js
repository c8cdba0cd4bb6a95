const Koa = require('koa');
const app = new Koa();
let clicks = 0;

app.use(async (ctx) => {
  if (ctx.path === '/out') {
    clicks += 1;
    ctx.redirect(ctx.query.to);
  }
});

app.listen(3000);
