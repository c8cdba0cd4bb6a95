const Koa = require('koa');
const jwt = require('jsonwebtoken');
const fs = require('fs');

const app = new Koa();
const AUTH_PUBLIC_KEY = fs.readFileSync(process.env.AUTH_PUBLIC_KEY_PATH);

// Middleware: reads the bearer token issued by our auth service and exposes the user.
async function requireUser(ctx, next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) ctx.throw(401, 'missing token');
  let claims;
  try {
    claims = jwt.verify(token, AUTH_PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'https://auth.example.com' });
  } catch (e) {
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
