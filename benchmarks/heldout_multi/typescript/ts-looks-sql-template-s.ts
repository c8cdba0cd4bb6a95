import { Pool } from 'pg';

const pool = new Pool();
const TABLES = ['users', 'orders', 'events'] as const;
type Table = (typeof TABLES)[number];

export async function countRows(table: Table): Promise<number> {
  if (!TABLES.includes(table)) throw new Error('unknown table');
  const { rows } = await pool.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}
