import { Pool } from 'pg';

export const pool = new Pool({
  host: 'db.prod.internal',
  user: 'billing',
  password: process.env.PGPASSWORD,
  database: 'billing',
});
