import { Hono } from 'hono';
import { z } from 'zod';

const app = new Hono();
// Only the integration partners we support can receive test events.
const PARTNER_HOSTS = new Set(['hooks.slack.com', 'hooks.zapier.com', 'api.pagerduty.com']);

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
  if (target.protocol !== 'https:' || target.port !== '' || !PARTNER_HOSTS.has(target.hostname)) {
    return c.json({ error: 'destination not allowed' }, 400);
  }
  const started = Date.now();
  const resp = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-event': event },
    body: JSON.stringify({ event, test: true, at: new Date().toISOString() }),
    redirect: 'manual',
    signal: AbortSignal.timeout(4000),
  });
  const preview = (await resp.text()).slice(0, 500);
  return c.json({ status: resp.status, ms: Date.now() - started, preview });
});

export default app;
