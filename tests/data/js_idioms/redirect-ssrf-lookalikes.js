const express = require("express");
const axios = require("axios");
const app = express();

const ALLOWED_HOSTS = new Set(["api.github.com", "hooks.slack.com"]);

app.get("/login/done", (req, res) => {
  const next = String(req.query.next || "/");
  // ok: js.flow.open-redirect
  if (next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")) return res.redirect(next);
  // ok: js.flow.open-redirect
  res.redirect("/");
});

app.get("/out", (req, res) => {
  const target = new URL(req.query.url, "https://shop.example.com");
  if (target.origin !== "https://shop.example.com") return res.status(400).send("bad target");
  // ok: js.flow.open-redirect
  res.redirect(target.pathname + target.search);
});

app.get("/go", (req, res) => {
  // ruleid: js.web.open-redirect
  res.redirect(req.query.url);
});

app.post("/proxy", async (req, res) => {
  const url = new URL(req.body.url);
  if (url.protocol !== "https:" || !ALLOWED_HOSTS.has(url.hostname)) return res.status(400).end();
  // ok: js.flow.ssrf
  const r = await axios.get(url.toString(), { timeout: 5000 });
  res.json(r.data);
});

app.get("/user/:id", async (req, res) => {
  // ok: js.flow.ssrf
  const r = await fetch(`https://api.example.com/users/${encodeURIComponent(req.params.id)}`);
  res.json(await r.json());
});

app.post("/fetch", async (req, res) => {
  // ruleid: js.net.ssrf
  const r = await axios.get(req.body.url);
  res.json(r.data);
});

module.exports = app;
