const express = require("express");
const escapeHtml = require("escape-html");
const Handlebars = require("handlebars");
const app = express();

const page = Handlebars.compile("<h1>Results for {{q}}</h1>");
const rawPage = Handlebars.compile("<h1>Results for {{{q}}}</h1>");

app.get("/search", (req, res) => {
  const q = String(req.query.q || "");
  // ok: js.flow.xss
  res.send(page({ q }));
  // ok: js.flow.xss
  res.send(`<a href="/search?q=${encodeURIComponent(q)}">again</a>`);
  // ok: js.flow.xss
  res.render("search", { q });
  // ok: js.flow.xss
  res.json({ q, results: [] });
});

app.get("/search-text", (req, res) => {
  res.type("text/plain");
  // ok: js.flow.xss
  res.send(`Results for ${req.query.q}`);
});

app.get("/count", (req, res) => {
  const n = parseInt(req.query.n, 10) || 0;
  // ok: js.flow.xss
  res.send(`<p>${n} results</p>`);
});

app.get("/search-escaped", (req, res) => {
  const q = escapeHtml(req.query.q);
  // ok: js.flow.xss
  res.send("<h1>Results for " + q + "</h1>");
});

app.get("/search-raw", (req, res) => {
  const q = req.query.q;
  // ruleid: js.flow.xss
  res.send("<h1>Results for " + q + "</h1>");
});

app.get("/search-triple", (req, res) => {
  // ruleid: js.flow.xss
  res.send(rawPage({ q: req.query.q }));
});

module.exports = app;
