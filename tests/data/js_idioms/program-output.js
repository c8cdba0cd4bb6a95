const { execFileSync, spawnSync, execFile } = require("child_process");
const { promisify } = require("util");
const run = promisify(execFile);

app.get("/ls", (req, res) => {
  const out = execFileSync("ls", ["-la", "--", String(req.query.dir)], { encoding: "utf8" });
  // ok: js.flow.xss
  res.send(out);
});

app.get("/du", (req, res) => {
  const r = spawnSync("du", ["-sh", "--", req.query.dir], { encoding: "utf8" });
  // ok: js.flow.xss
  res.send(r.stdout);
});

app.get("/git", async (req, res) => {
  const { stdout } = await run("git", ["log", "--oneline", "--", req.query.file]);
  // ok: js.flow.xss
  res.send(stdout);
  // ruleid: js.xss.response-from-request
  res.send(`<h2>Log of ${req.query.file}</h2>`);
});
