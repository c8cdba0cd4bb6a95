import { Hono } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { verifyPassword, createSession, destroySession } from './auth';

const app = new Hono();

app.post('/session', async (c) => {
  const { email, password } = await c.req.json<{ email: string; password: string }>();
  const user = await verifyPassword(email, password);
  if (!user) return c.json({ error: 'invalid credentials' }, 401);

  const sessionId = await createSession(user.id);
  setCookie(c, 'sid', sessionId, {
    path: '/',
    maxAge: 60 * 60 * 8,
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
  });
  return c.json({ id: user.id, name: user.name });
});

app.delete('/session', async (c) => {
  await destroySession(c);
  deleteCookie(c, 'sid', { path: '/' });
  return c.body(null, 204);
});

export default app;
