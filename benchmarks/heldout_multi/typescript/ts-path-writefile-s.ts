import Fastify from 'fastify';
import { promises as fs } from 'fs';
import path from 'path';

const app = Fastify();

app.post<{ Body: { name: string; content: string } }>('/upload', async (req) => {
  const target = 'uploads/' + path.basename(req.body.name);
  await fs.writeFile(target, req.body.content);
  return { saved: target };
});

app.listen({ port: 3000 });
