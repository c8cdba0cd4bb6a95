import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { execSync } from 'node:child_process';

const DATA_ROOT = '/srv/tenants';

function diskUsage(tenant: string): string {
  return execSync(`du -sh ${DATA_ROOT}/${tenant}`, { encoding: 'utf8' }).split('\t')[0];
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
