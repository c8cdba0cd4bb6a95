const express = require('express');
const mysql = require('mysql2/promise');
const { requireStaff } = require('./auth'); // support-desk staff only, 403 otherwise

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
});

const router = express.Router();

// GET /orders?email=alice@example.com&sort=created_at
router.get('/orders', requireStaff, async (req, res) => {
  const email = req.query.email || '';
  const sort = req.query.sort === 'total' ? 'total' : 'created_at';
  const sql = `SELECT id, total, status, created_at FROM orders
               WHERE customer_email = '${email}'
               ORDER BY ${sort} DESC LIMIT 50`;
  try {
    const [rows] = await pool.query(sql);
    res.json(rows);
  } catch (e) {
    res.status(500).json({ error: 'query failed' });
  }
});

module.exports = router;
