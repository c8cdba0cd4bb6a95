import { createServer } from 'node:http';

const METRICS_TOKEN: string = process.env.METRICS_TOKEN ?? '';

const isAuthorized = (header: string | undefined): boolean => {
  if (!header?.startsWith('Bearer ')) return false;
  return header.slice('Bearer '.length) === METRICS_TOKEN;
};

createServer((req, res) => {
  if (!isAuthorized(req.headers.authorization)) {
    res.writeHead(401).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end(`uptime_seconds ${process.uptime().toFixed(0)}\n`);
}).listen(9100);
