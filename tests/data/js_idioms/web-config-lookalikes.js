const express = require("express");
const cors = require("cors");
const https = require("https");
const jwt = require("jsonwebtoken");
const contentDisposition = require("content-disposition");
const app = express();

const ORIGINS = ["https://app.example.com", "https://admin.example.com"];
// ok: js.web.permissive-cors
app.use(cors({ origin: (origin, cb) => cb(null, !origin || ORIGINS.includes(origin)), credentials: true }));
// ok: js.web.permissive-cors
app.use("/public", cors({ origin: "*" }));

app.get("/download", (req, res) => {
  // ok: js.flow.header-injection
  res.setHeader("Content-Disposition", contentDisposition(String(req.query.name)));
  // ok: js.flow.header-injection
  res.setHeader("X-Request-Id", encodeURIComponent(req.query.rid));
  // ruleid: js.flow.header-injection
  res.setHeader("X-Trace", req.query.trace);
  res.end();
});

const agent = new https.Agent({
  ca: process.env.INTERNAL_CA,
  // ok: js.tls.verification-disabled
  rejectUnauthorized: true,
});

function sign(user) {
  const secret = process.env.JWT_SECRET;
  if (!secret) throw new Error("JWT_SECRET is not set");
  // ok: js.secrets.hardcoded-secret
  return jwt.sign({ sub: user.id }, secret, { expiresIn: "1h" });
}

function signLoose(user) {
  // ruleid: js.secrets.hardcoded-secret
  return jwt.sign({ sub: user.id }, "super-secret-key-123", { expiresIn: "1h" });
}

module.exports = { app, agent, sign, signLoose };
