const Koa = require('koa');
const jwt = require('jsonwebtoken');

const app = new Koa();
const PUBLIC_KEY = require('fs').readFileSync(process.env.JWT_PUBLIC_KEY_FILE);

app.use(async (ctx, next) => {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) ctx.throw(401, 'missing token');
  let payload;
  try {
    payload = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'https://auth.example.com' });
  } catch {
    ctx.throw(401, 'bad token');
  }
  ctx.state.user = { id: payload.sub, scopes: payload.scope ? payload.scope.split(' ') : [] };
  await next();
});

app.use(async (ctx) => {
  if (!ctx.state.user.scopes.includes('billing:read')) ctx.throw(403);
  ctx.body = { invoices: [] };
});

app.listen(3000);
