const Koa = require('koa');
const jwt = require('jsonwebtoken');

const app = new Koa();

// Middleware: reads the bearer token issued by our auth service and exposes the user.
async function requireUser(ctx, next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) ctx.throw(401, 'missing token');
  const claims = jwt.decode(token);
  if (!claims || !claims.sub || (claims.exp && claims.exp * 1000 < Date.now())) {
    ctx.throw(401, 'invalid token');
  }
  ctx.state.user = { id: claims.sub, roles: claims.roles || [] };
  await next();
}

app.use(requireUser);
app.use(async (ctx) => {
  if (ctx.path === '/me') {
    ctx.body = ctx.state.user;
  }
});

app.listen(3000);
