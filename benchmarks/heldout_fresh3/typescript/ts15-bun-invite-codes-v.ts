// Bun server that issues one-time invite codes for a private beta.
import { Database } from 'bun:sqlite';
import { isAdminSession } from './auth'; // checks the signed admin session cookie

const db = new Database('beta.sqlite');
db.run('CREATE TABLE IF NOT EXISTS invites (code TEXT PRIMARY KEY, email TEXT, used INTEGER DEFAULT 0)');

function inviteCode(): string {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = Math.floor(Math.random() * 256);
  }
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

Bun.serve({
  port: 3000,
  async fetch(req) {
    const url = new URL(req.url);
    if (req.method === 'POST' && url.pathname === '/admin/invites') {
      if (!(await isAdminSession(req))) return new Response(null, { status: 401 });
      const { email } = (await req.json()) as { email: string };
      const code = inviteCode();
      db.query('INSERT INTO invites (code, email) VALUES (?, ?)').run(code, email);
      return Response.json({ email, link: `https://beta.example.com/join/${code}` });
    }
    return new Response('not found', { status: 404 });
  },
});
