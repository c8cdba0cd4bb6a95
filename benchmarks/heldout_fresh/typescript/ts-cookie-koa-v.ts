import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { randomBytes } from 'node:crypto';
import { verifyLogin, saveSession } from './auth';

const app = new Koa();
const router = new Router();

router.post('/login', async (ctx) => {
  const { user, pass } = ctx.request.body as { user: string; pass: string };
  const account = await verifyLogin(user, pass);
  if (!account) ctx.throw(401, 'invalid login');
  const sid = randomBytes(32).toString('hex');
  await saveSession(sid, account.id);
  ctx.cookies.set('sid', sid, { httpOnly: false, secure: false, maxAge: 86_400_000 });
  ctx.redirect('/dashboard');
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
