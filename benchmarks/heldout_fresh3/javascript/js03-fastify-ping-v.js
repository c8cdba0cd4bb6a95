const Fastify = require('fastify');
const { exec } = require('node:child_process');

const app = Fastify();

function runPing(host) {
  return new Promise((resolve) => {
    exec(`ping -c 3 -W 2 ${host}`, { timeout: 10000 }, (err, stdout, stderr) => {
      resolve({ ok: !err, output: stdout || stderr });
    });
  });
}

// Network diagnostics page: POST /diag/ping {"host": "10.0.0.5"}
app.post('/diag/ping', async (request, reply) => {
  const { host } = request.body || {};
  if (!host) {
    return reply.code(400).send({ error: 'host required' });
  }
  const result = await runPing(host);
  return result;
});

app.listen({ port: 8080, host: '0.0.0.0' });
