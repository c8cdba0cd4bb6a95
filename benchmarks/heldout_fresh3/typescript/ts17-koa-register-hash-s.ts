import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import { scrypt, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { insertUser } from './repo';

const scryptAsync = promisify(scrypt) as (pw: string, salt: string, len: number, opts: object) => Promise<Buffer>;
const app = new Koa();
const router = new Router();

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16).toString('hex');
  const digest = (await scryptAsync(password, salt, 64, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 })).toString('hex');
  return `scrypt$${salt}$${digest}`;
}

router.post('/register', async (ctx) => {
  const { email, password } = ctx.request.body as { email?: unknown; password?: unknown };
  if (typeof email !== 'string' || typeof password !== 'string' || password.length < 12) {
    ctx.throw(400, 'email and a password of at least 12 characters are required');
  }
  await insertUser({ email: email.toLowerCase(), passwordHash: await hashPassword(password) });
  ctx.status = 201;
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
