import { Hono } from 'hono';
import { z } from 'zod';

const app = new Hono();

const TestHookBody = z.object({
  url: z.string().url(),
  event: z.enum(['order.created', 'order.paid', 'order.refunded']),
});

// "Send test event" button in the integrations settings page
app.post('/integrations/webhooks/test', async (c) => {
  const parsed = TestHookBody.safeParse(await c.req.json());
  if (!parsed.success) return c.json({ error: 'invalid body' }, 400);
  const { url, event } = parsed.data;

  const target = new URL(url);
  const started = Date.now();
  const resp = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-event': event },
    body: JSON.stringify({ event, test: true, at: new Date().toISOString() }),
    signal: AbortSignal.timeout(4000),
  });
  const preview = (await resp.text()).slice(0, 500);
  return c.json({ status: resp.status, ms: Date.now() - started, preview });
});

export default app;
