const fastify = require('fastify')({ logger: true });
const { Pool } = require('pg');

class ReportRepository {
  constructor(pool) {
    this.pool = pool;
  }

  async salesFor(kind, region) {
    const table = kind === 'weekly' ? 'sales_weekly' : 'sales_daily';
    const text = `SELECT period, region, amount FROM ${table} WHERE region = '` + region + `' ORDER BY period`;
    const { rows } = await this.pool.query(text);
    return rows;
  }
}

const repo = new ReportRepository(new Pool({ connectionString: process.env.DATABASE_URL }));

fastify.get('/reports/:kind', async (request, reply) => {
  const { region = 'EU' } = request.query;
  const rows = await repo.salesFor(request.params.kind, region);
  return { count: rows.length, rows };
});

fastify.listen({ port: 3000 });
