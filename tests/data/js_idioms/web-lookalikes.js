const express = require("express");
const yaml = require("js-yaml");
const libxmljs = require("libxmljs2");
const escapeStringRegexp = require("escape-string-regexp");
const app = express();

app.post("/login", (req, res) => {
  // ok: js.web.insecure-cookie
  res.cookie("sid", "abc", { httpOnly: true, secure: true, sameSite: "lax", maxAge: 3600000 });
  // ok: js.web.insecure-cookie
  res.cookie("sid2", "abc", { httpOnly: true, secure: process.env.NODE_ENV === "production", sameSite: "strict" });
  res.end();
});

app.post("/config", (req, res) => {
  // ok: js.deserialize.unsafe-deserialization
  const cfg = yaml.load(req.body.yaml);
  // ok: js.deserialize.unsafe-deserialization
  const data = JSON.parse(req.body.json);
  res.json({ cfg, data });
});

app.post("/invoice", (req, res) => {
  // ok: js.xml.xxe
  const doc = libxmljs.parseXml(req.body.xml, { noent: false, nonet: true });
  res.json({ number: doc.get("//number").text() });
});

app.get("/find", (req, res) => {
  // ok: js.flow.regex-injection
  const re = new RegExp(escapeStringRegexp(String(req.query.q)), "i");
  // ok: js.regex.non-literal-pattern
  const re2 = new RegExp(`^${_.escapeRegExp(req.query.prefix)}`);
  res.json({ re: String(re), re2: String(re2) });
});

app.get("/users", async (req, res) => {
  // ok: js.flow.nosql-injection
  const u = await User.findOne({ email: String(req.query.email) });
  // ok: js.flow.nosql-injection
  const v = await User.findOne({ email: { $eq: req.query.email } });
  // ruleid: js.flow.nosql-injection
  const w = await User.findOne({ email: req.query.email });
  res.json({ u, v, w });
});

app.use((err, req, res, next) => {
  console.error(err.stack);
  // ok: js.flow.stack-trace-exposure
  res.status(500).json({ error: "internal server error", requestId: req.id });
});

module.exports = app;
