import { Hono } from 'hono';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import type { DB } from './db-types';
import { requireStaff } from './auth'; // Hono middleware: 403 unless the session belongs to staff

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
const app = new Hono();

function actionFilter(action: string) {
  return sql`action = ${action}`;
}

// GET /audit?action=user.login&days=7
app.get('/audit', requireStaff, async (c) => {
  const action = c.req.query('action') ?? 'user.login';
  const days = Math.min(Math.max(Number.parseInt(c.req.query('days') ?? '7', 10) || 7, 1), 90);
  const result = await sql<{ actor: string; action: string; at: Date }>`
    SELECT actor, action, at FROM audit_log
    WHERE ${actionFilter(action)} AND at > now() - make_interval(days => ${days})
    ORDER BY at DESC LIMIT 500`.execute(db);
  return c.json(result.rows);
});

export default app;
