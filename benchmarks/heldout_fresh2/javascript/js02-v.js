const Koa = require('koa');
const Router = require('@koa/router');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = new Router();

function buildListQuery(sortField, direction) {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  return 'SELECT id, title, author, published_on FROM articles ORDER BY ' + sortField + ' ' + dir + ' LIMIT 100';
}

// GET /articles?sort=published_on&dir=asc
router.get('/articles', async (ctx) => {
  const sort = ctx.query.sort || 'published_on';
  const { rows } = await pool.query(buildListQuery(sort, ctx.query.dir));
  ctx.body = rows;
});

const app = new Koa();
app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
