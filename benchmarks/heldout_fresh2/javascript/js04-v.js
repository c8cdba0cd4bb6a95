const Koa = require('koa');
const { execSync } = require('child_process');

const app = new Koa();

class LogTailer {
  constructor(lines) {
    this.lines = lines;
  }

  tail(service) {
    return execSync(`journalctl -u ${service} -n ${this.lines} --no-pager`, { encoding: 'utf8' });
  }
}

// GET /logs?service=nginx&lines=200
app.use(async (ctx) => {
  if (ctx.path !== '/logs') return;
  const tailer = new LogTailer(ctx.query.lines || 100);
  try {
    ctx.type = 'text/plain';
    ctx.body = tailer.tail(ctx.query.service || 'app');
  } catch (e) {
    ctx.status = 500;
    ctx.body = 'could not read logs';
  }
});

app.listen(4000);
