const Fastify = require('fastify');
const axios = require('axios');

const fastify = Fastify({ logger: true });

const ALLOWED_HOSTS = new Set(['hooks.slack.com', 'discord.com', 'hooks.example.org']);

// POST /webhooks/test  { "url": "https://hooks.example.org/abc" }
// Sends a sample payload so the user can check their webhook endpoint.
fastify.post('/webhooks/test', async (request, reply) => {
  let target;
  try {
    target = new URL(String(request.body && request.body.url));
  } catch (e) {
    return reply.code(400).send({ error: 'url required' });
  }
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname) || target.port !== '') {
    return reply.code(400).send({ error: 'host not allowed' });
  }
  try {
    const resp = await axios.post(target.href, { event: 'ping', at: Date.now() }, { timeout: 5000, maxRedirects: 0 });
    return { status: resp.status, body: String(resp.data).slice(0, 500) };
  } catch (e) {
    return reply.code(502).send({ error: 'delivery failed' });
  }
});

fastify.listen({ port: 3000 });
