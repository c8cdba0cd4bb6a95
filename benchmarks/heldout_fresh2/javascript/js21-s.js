const http = require('http');
const fs = require('fs');

const audit = fs.createWriteStream('/var/log/gateway/audit.log', { flags: 'a' });

function auditLine(event, fields) {
  const parts = Object.entries(fields).map(([k, v]) => `${k}=${JSON.stringify(String(v ?? ''))}`);
  audit.write(`${new Date().toISOString()} ${event} ${parts.join(' ')}\n`);
}

// Minimal login gateway: records each attempt, then forwards to the auth backend.
http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/login') {
    res.writeHead(404);
    return res.end();
  }
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    const params = new URLSearchParams(body);
    auditLine('login_attempt', {
      user: params.get('username'),
      ip: req.socket.remoteAddress,
      agent: req.headers['user-agent'],
    });
    res.writeHead(202, { 'Content-Type': 'application/json' });
    res.end('{"queued":true}');
  });
}).listen(8081);
