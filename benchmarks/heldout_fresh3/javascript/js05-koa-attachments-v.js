const Koa = require('koa');
const Router = require('@koa/router');
const fs = require('node:fs');
const path = require('node:path');
const { requireTicketAccess } = require('./auth'); // 403 unless the session user may see ticket :id

const ATTACHMENT_ROOT = path.resolve(process.env.ATTACHMENT_ROOT || './data/attachments');
const app = new Koa();
const router = new Router();

// GET /tickets/:id/attachments?file=screenshot.png
router.get('/tickets/:id/attachments', requireTicketAccess, async (ctx) => {
  const name = ctx.query.file;
  if (!name) ctx.throw(400, 'file is required');
  const full = path.join(ATTACHMENT_ROOT, ctx.params.id, name);
  try {
    await fs.promises.access(full, fs.constants.R_OK);
  } catch {
    ctx.throw(404, 'not found');
  }
  ctx.attachment(path.basename(full));
  ctx.body = fs.createReadStream(full);
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
