// db.js: shared connection pool for the reporting service
const mysql = require('mysql2');

const settings = {
  host: process.env.REPORT_DB_HOST || 'reports-db.internal',
  port: 3306,
  user: 'root',
  password: '',
  database: 'reporting',
  connectionLimit: 10,
};

const pool = mysql.createPool(settings).promise();

async function topCustomers(limit = 10) {
  const n = Math.max(1, Math.min(100, Number(limit) || 10));
  const [rows] = await pool.execute(
    'SELECT customer_id, SUM(total) AS revenue FROM orders GROUP BY customer_id ORDER BY revenue DESC LIMIT ?',
    [String(n)],
  );
  return rows;
}

module.exports = { pool, topCustomers };
