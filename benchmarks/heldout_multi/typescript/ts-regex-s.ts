import Fastify from 'fastify';

const app = Fastify();
const PATTERNS: Record<string, RegExp> = { zip: /^\d{5}$/, phone: /^\+?\d{7,15}$/ };

app.post<{ Body: { value: string; kind: string } }>('/validate', async (req) => {
  const rx = PATTERNS[req.body.kind];
  return { ok: !!rx && rx.test(req.body.value) };
});

app.listen({ port: 3000 });
