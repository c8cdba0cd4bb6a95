import Koa from 'koa';
import Router from '@koa/router';
import { createReadStream, existsSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';

const app = new Koa();
const router = new Router();
const ASSET_ROOT = resolve(process.cwd(), 'public', 'assets');

router.get('/assets/:file', (ctx) => {
  const filePath = resolve(ASSET_ROOT, decodeURIComponent(ctx.params.file));
  const rel = relative(ASSET_ROOT, filePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !existsSync(filePath)) {
    ctx.status = 404;
    return;
  }
  ctx.type = filePath.split('.').pop() ?? 'bin';
  ctx.body = createReadStream(join(ASSET_ROOT, rel));
});

app.use(router.routes());
app.listen(4000);
