const Koa = require('koa');
const Router = require('@koa/router');
const session = require('koa-session');
const { bodyParser } = require('@koa/bodyparser');
const { saveOnboarding } = require('./onboarding'); // upserts the user's onboarding row

const app = new Koa();
app.keys = [process.env.SESSION_KEY];
app.use(session({ httpOnly: true, secure: true, sameSite: 'lax' }, app));
app.use(bodyParser());
const router = new Router();

// Step 2 of onboarding: the user picks a workspace and how they will use it
router.post('/onboarding/workspace', async (ctx) => {
  if (!ctx.session.userId) ctx.throw(401);
  let { workspace, plan, role } = ctx.request.body;
  await saveOnboarding(ctx.session.userId, {
    workspace: String(workspace || '').slice(0, 64),
    plan: plan === 'team' ? 'team' : 'solo',
  });
  role = 'member'; // roles are granted by an owner, never self-selected
  ctx.session.role = role;
  ctx.body = { next: '/onboarding/invite' };
});

// Later, the admin area trusts whatever is in the session
router.get('/admin/billing', async (ctx) => {
  if (ctx.session.role !== 'owner') ctx.throw(403);
  ctx.body = { invoices: [] };
});

app.use(router.routes());
app.listen(3000);
