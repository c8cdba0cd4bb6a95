import Koa from 'koa';
import Router from '@koa/router';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';

const app = new Koa();
const router = new Router();
const ASSET_ROOT = join(process.cwd(), 'public', 'assets');

router.get('/assets/:file', (ctx) => {
  const filePath = join(ASSET_ROOT, decodeURIComponent(ctx.params.file));
  if (!existsSync(filePath)) {
    ctx.status = 404;
    return;
  }
  ctx.type = filePath.split('.').pop() ?? 'bin';
  ctx.body = createReadStream(filePath);
});

app.use(router.routes());
app.listen(4000);
