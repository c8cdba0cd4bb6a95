const { execFile, spawn, exec, execSync, spawnSync } = require("child_process");

function gitLog(req, res) {
  const branch = req.query.branch;
  // ok: js.flow.command-injection
  execFile("git", ["log", "--oneline", "--", branch], (err, out) => res.send(out));
}

function listDir(req, res) {
  // ok: js.flow.command-injection
  const child = spawn("ls", ["-la", req.query.dir]);
  child.stdout.pipe(res);
}

function diskUsage(req, res) {
  // ok: js.flow.command-injection
  exec("df -h /", (err, out) => res.send(out));
  const lines = Math.min(parseInt(req.query.n, 10) || 50, 500);
  // ok: js.exec.shell-command-injection
  const tail = execSync(`journalctl -u app -n ${lines} --no-pager`);
  res.send(tail);
}

function viaShell(req, res) {
  // ruleid: js.exec.shell-command-injection
  spawn("sh", ["-c", `ping -c 1 ${req.query.host}`]);
  // ruleid: js.exec.shell-command-injection
  spawnSync(`nslookup ${req.query.host}`, { shell: true });
  // ruleid: js.exec.shell-command-injection
  exec("whois " + req.query.domain, (err, out) => res.send(out));
}

module.exports = { gitLog, listDir, diskUsage, viaShell };
