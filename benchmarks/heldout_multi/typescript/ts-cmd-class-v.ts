import Fastify from 'fastify';
import { exec } from 'child_process';

class Archiver {
  constructor(private readonly target: string) {}

  run(cb: (err: Error | null) => void) {
    exec('zip -r /tmp/out.zip ' + this.target, cb);
  }
}

const app = Fastify();

app.post<{ Body: { folder: string } }>('/archive', async (req) => {
  new Archiver(req.body.folder).run(() => undefined);
  return { queued: true };
});

app.listen({ port: 3000 });
