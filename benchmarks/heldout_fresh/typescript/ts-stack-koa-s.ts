import Koa, { Context, Next } from 'koa';
import Router from '@koa/router';
import { randomUUID } from 'node:crypto';
import { loadShipment } from './shipments';

const app = new Koa();
const router = new Router();

app.use(async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (err) {
    const e = err as Error;
    const errorId = randomUUID();
    console.error(errorId, e.stack);
    ctx.status = 500;
    ctx.body = { message: 'internal error', errorId };
  }
});

router.get('/shipments/:id', async (ctx) => {
  ctx.body = await loadShipment(ctx.params.id);
});

app.use(router.routes());
app.listen(3000);
