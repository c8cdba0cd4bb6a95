const Koa = require('koa');
const { execSync } = require('child_process');

const app = new Koa();

const SERVICES = new Set(['nginx', 'app', 'worker', 'postgresql']);

class LogTailer {
  constructor(lines) {
    const n = Number.parseInt(lines, 10);
    this.lines = Number.isInteger(n) && n > 0 && n <= 5000 ? n : 100;
  }

  tail(service) {
    if (!SERVICES.has(service)) throw new Error('unknown service');
    return execSync(`journalctl -u ${service} -n ${this.lines} --no-pager`, { encoding: 'utf8' });
  }
}

// GET /logs?service=nginx&lines=200
app.use(async (ctx) => {
  if (ctx.path !== '/logs') return;
  const tailer = new LogTailer(ctx.query.lines);
  try {
    ctx.type = 'text/plain';
    ctx.body = tailer.tail(ctx.query.service || 'app');
  } catch (e) {
    ctx.status = 500;
    ctx.body = 'could not read logs';
  }
});

app.listen(4000);
