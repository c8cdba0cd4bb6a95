const fastify = require('fastify')({ logger: true });
const { Pool } = require('pg');

const TABLES = { daily: 'sales_daily', weekly: 'sales_weekly', monthly: 'sales_monthly' };

class ReportRepository {
  constructor(pool) {
    this.pool = pool;
  }

  async salesFor(kind, region) {
    const table = TABLES[kind];
    if (!Object.hasOwn(TABLES, kind)) throw new Error('unknown report kind');
    const text = `SELECT period, region, amount FROM ${table} WHERE region = $1 ORDER BY period`;
    const { rows } = await this.pool.query(text, [region]);
    return rows;
  }
}

const repo = new ReportRepository(new Pool({ connectionString: process.env.DATABASE_URL }));

fastify.get('/reports/:kind', async (request, reply) => {
  const { region = 'EU' } = request.query;
  const rows = await repo.salesFor(request.params.kind, String(region));
  return { count: rows.length, rows };
});

fastify.listen({ port: 3000 });
