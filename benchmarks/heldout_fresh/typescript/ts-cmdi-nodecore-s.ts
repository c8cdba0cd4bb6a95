import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { spawnSync } from 'node:child_process';

const DATA_ROOT = '/srv/tenants';

function diskUsage(tenant: string): string {
  if (!/^[a-z0-9-]{1,40}$/.test(tenant)) throw new Error('bad tenant');
  const out = spawnSync('du', ['-sh', `${DATA_ROOT}/${tenant}`], { encoding: 'utf8' });
  return out.stdout.split('\t')[0];
}

createServer((req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://internal');
  const tenant = url.searchParams.get('tenant') ?? '';
  try {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ tenant, usage: diskUsage(tenant) }));
  } catch {
    res.writeHead(500);
    res.end();
  }
}).listen(7070);
