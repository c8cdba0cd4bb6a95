const crypto = require('crypto');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

class UserService {
  hashPassword(password) {
    return crypto.createHash('md5').update(password).digest('hex');
  }

  async register(email, password) {
    const hash = this.hashPassword(password);
    await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, hash]);
  }

  async login(email, password) {
    const { rows } = await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
    if (rows.length === 0) return null;
    return rows[0].password_hash === this.hashPassword(password) ? rows[0].id : null;
  }
}

module.exports = new UserService();
