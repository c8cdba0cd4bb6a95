const { promisify } = require("util");
const execAsync = promisify(require("child_process").exec);
const cp = require("child_process");
const spawnLike = promisify(cp.execFile);

module.exports = async function handler(req, res) {
  const host = req.query.host;
  // ruleid: js.flow.command-injection
  const { stdout } = await execAsync("ping -c 1 " + host);
  // ok: js.flow.command-injection
  const second = await spawnLike("ping", ["-c", "1", String(host)]);
  res.end(stdout + second.stdout);
};
