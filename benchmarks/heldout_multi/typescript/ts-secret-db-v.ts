import { Pool } from 'pg';

export const pool = new Pool({
  host: 'db.prod.internal',
  user: 'billing',
  password: 'Xk9#pL2mQ7vR!t4z',
  database: 'billing',
});
