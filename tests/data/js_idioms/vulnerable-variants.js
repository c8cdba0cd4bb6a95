const express = require("express");
const session = require("express-session");
const { exec, execSync } = require("child_process");
const shell = require("shelljs");
const fs = require("fs");
const path = require("path");
const got = require("got");
const http = require("http");
const app = express();

// ruleid: js.secrets.hardcoded-secret
app.use(session({ secret: "keyboard cat", resave: false, saveUninitialized: true }));

app.get("/report", async (req, res) => {
  const { name, sort } = req.query;
  // ruleid: js.sql.string-built-query
  const rows = await prisma.$queryRawUnsafe(`SELECT * FROM reports WHERE name = '${name}'`);
  // ruleid: js.flow.sql-injection
  const more = await knex("reports").whereRaw("owner = '" + req.query.owner + "'");
  // ruleid: js.sql.string-built-query
  const sorted = await sequelize.query("SELECT * FROM reports ORDER BY " + sort);
  res.json({ rows, more, sorted });
});

app.post("/archive", (req, res) => {
  // ruleid: js.exec.shell-command-injection
  shell.exec(`tar czf /backups/${req.body.name}.tgz /srv/data`);
  // ruleid: js.exec.shell-command-injection
  const out = execSync("du -sh " + req.body.dir);
  res.send(out);
});

app.get("/files/:name", (req, res) => {
  // ruleid: js.fs.path-traversal
  res.sendFile(path.join(__dirname, "uploads", req.params.name));
});

app.get("/preview", async (req, res) => {
  // ruleid: js.net.ssrf
  const page = await got(req.query.url);
  // ruleid: js.net.ssrf
  http.get(req.query.feed, (r) => r.pipe(res));
  res.end(page.body);
});

app.get("/bye", (req, res) => {
  // ruleid: js.flow.open-redirect
  res.writeHead(302, { Location: req.query.next });
  res.end();
});

app.post("/login", async (req, res) => {
  // ruleid: js.flow.nosql-injection
  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  // ruleid: js.web.insecure-cookie
  res.cookie("token", user.token);
  res.json({ ok: !!user });
});

module.exports = app;
