import Fastify from 'fastify';

const app = Fastify();

app.post<{ Body: { value: string; pattern: string } }>('/validate', async (req) => {
  const ok = new RegExp(req.body.pattern).test(req.body.value);
  return { ok };
});

app.listen({ port: 3000 });
