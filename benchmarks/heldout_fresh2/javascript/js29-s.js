const Hapi = require('@hapi/hapi');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.MYSQL_URL });

const METRIC_TABLES = new Map([
  ['signups', 'rollup_signups'],
  ['orders', 'rollup_orders'],
  ['refunds', 'rollup_refunds'],
]);

// GET /stats/{metric}?from=2024-01-01  -> daily counts from the metric's rollup table
const start = async () => {
  const server = Hapi.server({ port: 3001 });
  server.route({
    method: 'GET',
    path: '/stats/{metric}',
    handler: async (request, h) => {
      const table = METRIC_TABLES.get(request.params.metric);
      if (!table) return h.response({ error: 'unknown metric' }).code(404);
      const from = request.query.from || '1970-01-01';
      const [rows] = await pool.query(
        `SELECT day, total FROM ${table} WHERE day >= ? ORDER BY day`,
        [from],
      );
      return rows;
    },
  });
  await server.start();
};

start();
