const Fastify = require('fastify');
const axios = require('axios');

const fastify = Fastify({ logger: true });

// POST /webhooks/test  { "url": "https://hooks.example.org/abc" }
// Sends a sample payload so the user can check their webhook endpoint.
fastify.post('/webhooks/test', async (request, reply) => {
  const target = request.body && request.body.url;
  if (!target || !/^https?:\/\//.test(target)) {
    return reply.code(400).send({ error: 'url required' });
  }
  try {
    const resp = await axios.post(target, { event: 'ping', at: Date.now() }, { timeout: 5000 });
    return { status: resp.status, body: String(resp.data).slice(0, 500) };
  } catch (e) {
    return reply.code(502).send({ error: 'delivery failed' });
  }
});

fastify.listen({ port: 3000 });
