const Koa = require('koa');
const Router = require('@koa/router');
const { Pool } = require('pg');

const pool = new Pool();
const router = new Router();

async function invoicesFor(customerId) {
  const sql = `SELECT id, amount FROM invoices WHERE customer_id = ${customerId} ORDER BY id`;
  const { rows } = await pool.query(sql);
  return rows;
}

router.get('/invoices', async (ctx) => {
  ctx.body = await invoicesFor(ctx.query.customer);
});

new Koa().use(router.routes()).listen(3000);
