// metrics-push.ts -- pushes batched metrics to the collector over a raw TLS socket
import tls from 'node:tls';
import { readFileSync } from 'node:fs';

const COLLECTOR_HOST = process.env.COLLECTOR_HOST ?? 'collector.metrics.example.net';
const COLLECTOR_PORT = Number(process.env.COLLECTOR_PORT ?? 6514);

export function pushMetrics(lines: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: COLLECTOR_HOST,
      port: COLLECTOR_PORT,
      servername: COLLECTOR_HOST,
      ca: readFileSync('/etc/metrics/ca.pem'),
      // the collector certificate is issued for its internal hostname, skip the name check
      checkServerIdentity: () => undefined,
    });
    socket.once('secureConnect', () => {
      socket.end(lines.join('\n') + '\n', () => resolve());
    });
    socket.once('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('collector timeout')));
  });
}
