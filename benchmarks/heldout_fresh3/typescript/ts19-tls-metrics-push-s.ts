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
      // the collector certificate is issued for its internal hostname: check the name, then pin its key
      checkServerIdentity: (host, cert) => {
        const err = tls.checkServerIdentity(host, cert);
        if (err) return err;
        if (cert.fingerprint256 !== process.env.COLLECTOR_CERT_SHA256) {
          return new Error('collector certificate fingerprint mismatch');
        }
        return undefined;
      },
    });
    socket.once('secureConnect', () => {
      socket.end(lines.join('\n') + '\n', () => resolve());
    });
    socket.once('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('collector timeout')));
  });
}
