const Fastify = require('fastify');
const { execFile } = require('node:child_process');

const app = Fastify();
const HOST_RE = /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/;

function runPing(host) {
  return new Promise((resolve) => {
    execFile('ping', ['-c', '3', '-W', '2', host], { timeout: 10000 }, (err, stdout, stderr) => {
      resolve({ ok: !err, output: stdout || stderr });
    });
  });
}

// Network diagnostics page: POST /diag/ping {"host": "10.0.0.5"}
app.post('/diag/ping', async (request, reply) => {
  const { host } = request.body || {};
  if (typeof host !== 'string' || !HOST_RE.test(host)) {
    return reply.code(400).send({ error: 'valid host required' });
  }
  const result = await runPing(host);
  return result;
});

app.listen({ port: 8080, host: '0.0.0.0' });
