const express = require('express');
const mysql = require('mysql2/promise');

const app = express();
const pool = mysql.createPool({ host: 'localhost', user: 'app', database: 'shop', password: process.env.DB_PASS });
const ORDERINGS = { newest: 'created_at DESC', oldest: 'created_at ASC', biggest: 'total DESC' };

async function ordersFor(customerId, status, sort) {
  const orderBy = ORDERINGS[sort] || ORDERINGS.newest;
  const sql = `SELECT id, total, created_at FROM orders
               WHERE customer_id = ? AND status = ?
               ORDER BY ${orderBy} LIMIT 50`;
  const [rows] = await pool.execute(sql, [customerId, status]);
  return rows;
}

app.get('/customers/:id/orders', async (req, res) => {
  try {
    const rows = await ordersFor(req.params.id, req.query.status || 'open', req.query.sort);
    res.json(rows);
  } catch (e) {
    res.status(500).json({ error: 'query failed' });
  }
});

app.listen(3000);
