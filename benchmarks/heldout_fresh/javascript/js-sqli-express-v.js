const express = require('express');
const mysql = require('mysql2/promise');

const app = express();
const pool = mysql.createPool({ host: 'localhost', user: 'app', database: 'shop', password: process.env.DB_PASS });

async function ordersFor(customerId, status) {
  const sql = `SELECT id, total, created_at FROM orders
               WHERE customer_id = ${customerId} AND status = '${status}'
               ORDER BY created_at DESC LIMIT 50`;
  const [rows] = await pool.query(sql);
  return rows;
}

app.get('/customers/:id/orders', async (req, res) => {
  try {
    const rows = await ordersFor(req.params.id, req.query.status || 'open');
    res.json(rows);
  } catch (e) {
    res.status(500).json({ error: 'query failed' });
  }
});

app.listen(3000);
