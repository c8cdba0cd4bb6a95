import { Pool } from 'pg';

const pool = new Pool();

export async function countRows(table: string): Promise<number> {
  const { rows } = await pool.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}
