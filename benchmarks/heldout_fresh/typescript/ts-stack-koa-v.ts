import Koa, { Context, Next } from 'koa';
import Router from '@koa/router';
import { loadShipment } from './shipments';

const app = new Koa();
const router = new Router();

app.use(async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (err) {
    const e = err as Error;
    ctx.status = 500;
    ctx.body = { message: e.message, stack: e.stack?.split('\n') };
  }
});

router.get('/shipments/:id', async (ctx) => {
  ctx.body = await loadShipment(ctx.params.id);
});

app.use(router.routes());
app.listen(3000);
