const express = require('express');
const mysql = require('mysql2/promise');

const app = express();
const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASS,
  database: 'shop',
});

// GET /orders?customer=alice&status=shipped
app.get('/orders', async (req, res) => {
  const { customer, status = 'open' } = req.query;
  const sql = `SELECT id, total, created_at FROM orders
               WHERE customer = '${customer}' AND status = '${status}'
               ORDER BY created_at DESC LIMIT 50`;
  try {
    const [rows] = await pool.query(sql);
    res.json(rows);
  } catch (e) {
    res.status(500).json({ error: 'query failed' });
  }
});

app.listen(3000);
