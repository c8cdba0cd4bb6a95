const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

router.get('/greet', (ctx) => {
  const who = escapeHtml(ctx.query.name || 'stranger');
  ctx.type = 'html';
  ctx.body = `<!doctype html>
<html>
  <body>
    <h2>Hello, ${who}!</h2>
    <a href="/">back</a>
  </body>
</html>`;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
