import { createHash, timingSafeEqual } from 'node:crypto';

// Bun.serve endpoint that receives metrics from our agents; each agent sends X-Agent-Key.
const AGENT_KEY = Bun.env.AGENT_KEY;
if (!AGENT_KEY) throw new Error('AGENT_KEY is required');

function authorized(req: Request): boolean {
  const presented = req.headers.get('x-agent-key') ?? '';
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(AGENT_KEY!).digest();
  return timingSafeEqual(a, b);
}

const buffer: unknown[] = [];

Bun.serve({
  port: 9100,
  async fetch(req) {
    const { pathname } = new URL(req.url);
    if (req.method !== 'POST' || pathname !== '/ingest') return new Response('not found', { status: 404 });
    if (!authorized(req)) return new Response('forbidden', { status: 403 });
    const batch = (await req.json()) as unknown[];
    if (!Array.isArray(batch) || batch.length > 5000) return new Response('bad batch', { status: 400 });
    buffer.push(...batch);
    return Response.json({ accepted: batch.length });
  },
});
