const Koa = require('koa');
const Router = require('@koa/router');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = new Router();

const SORT_COLUMNS = { title: 'title', author: 'author', published: 'published_on' };

function buildListQuery(sortKey, direction) {
  const column = SORT_COLUMNS[sortKey] || 'published_on';
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  return 'SELECT id, title, author, published_on FROM articles ORDER BY ' + column + ' ' + dir + ' LIMIT 100';
}

// GET /articles?sort=published&dir=asc
router.get('/articles', async (ctx) => {
  const sort = Object.prototype.hasOwnProperty.call(SORT_COLUMNS, ctx.query.sort) ? ctx.query.sort : 'published';
  const { rows } = await pool.query(buildListQuery(sort, ctx.query.dir));
  ctx.body = rows;
});

const app = new Koa();
app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
