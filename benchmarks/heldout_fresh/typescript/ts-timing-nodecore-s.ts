import { createServer } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';

const METRICS_TOKEN: string = process.env.METRICS_TOKEN ?? '';
const mac = (s: string) => createHmac('sha256', 'metrics-compare').update(s).digest();

const isAuthorized = (header: string | undefined): boolean => {
  if (!header?.startsWith('Bearer ') || METRICS_TOKEN === '') return false;
  return timingSafeEqual(mac(header.slice('Bearer '.length)), mac(METRICS_TOKEN));
};

createServer((req, res) => {
  if (!isAuthorized(req.headers.authorization)) {
    res.writeHead(401).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end(`uptime_seconds ${process.uptime().toFixed(0)}\n`);
}).listen(9100);
