const crypto = require('crypto');
const { promisify } = require('util');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const scrypt = promisify(crypto.scrypt);

class UserService {
  async hashPassword(password, salt = crypto.randomBytes(16)) {
    const key = await scrypt(password, salt, 64, { N: 16384, r: 8, p: 1 });
    return `${salt.toString('hex')}:${key.toString('hex')}`;
  }

  async register(email, password) {
    const hash = await this.hashPassword(password);
    await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, hash]);
  }

  async login(email, password) {
    const { rows } = await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
    if (rows.length === 0) return null;
    const [saltHex, keyHex] = rows[0].password_hash.split(':');
    const candidate = await this.hashPassword(password, Buffer.from(saltHex, 'hex'));
    const a = Buffer.from(candidate.split(':')[1], 'hex');
    const b = Buffer.from(keyHex, 'hex');
    return a.length === b.length && crypto.timingSafeEqual(a, b) ? rows[0].id : null;
  }
}

module.exports = new UserService();
