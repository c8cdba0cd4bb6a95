"""Safe JavaScript look-alikes that no rule may flag, each scanned as its own snippet: the check that makes
them safe sits in a helper, in the caller or in a callback (escaped regex terms, base names, containment
tests, anchored patterns, plain-text responses, environment-gated error pages), plus their unsafe twins.

The rule fixtures under rules/javascript/fixtures hold many cases in one snippet; checks that count
anywhere in a snippet (a route validates, a helper reads the file) need snippets of their own.
"""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

SAFE = {
    "regex escaped before a helper compiles it": r'''
function buildMatcher(term) {
  return new RegExp(term, "i");
}
function quoteRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
app.get("/search", (req, res) => {
  const matcher = buildMatcher(quoteRe(String(req.query.q || "")));
  res.json(products.filter((p) => matcher.test(p.name)));
});
''',
    "regex escaped by a callback": r'''
function quoteAll(text) {
  const quoted = String(text).replace(/[.*+?^${}()|[\]\\]/g, (ch) => "\\" + ch);
  return new RegExp(quoted, "g");
}
''',
    "regex reduced to plain characters": r'''
function plainMatcher(text) {
  const words = String(text).replace(/[^a-zA-Z0-9 ]/g, "");
  return new RegExp(words, "i");
}
''',
    "regex term checked by an anchored pattern": r'''
app.get("/find", (req, res) => {
  const term = req.query.term;
  if (typeof term !== "string" || !/^[a-zA-Z0-9 ]{1,40}$/.test(term)) return res.status(400).end();
  const matcher = new RegExp(term, "i");
  res.json(docs.filter((d) => matcher.test(d.title)));
});
''',
    "regex pattern accepted by safe-regex": r'''
const safeRegex = require("safe-regex");
app.get("/grep", (req, res) => {
  const pattern = String(req.query.pattern || "");
  if (!safeRegex(pattern)) return res.status(400).end();
  const re = new RegExp(pattern);
  res.json(lines.filter((l) => re.test(l)));
});
''',
    "file name checked by the route, read by a helper": r'''
const fs = require("fs");
const path = require("path");
const UPLOADS = path.resolve(__dirname, "uploads");
function readUpload(fileName) {
  return fs.readFileSync(path.join(UPLOADS, fileName));
}
app.get("/download", (req, res) => {
  const name = String(req.query.file || "");
  if (!/^[\w.-]+$/.test(name) || name.includes("..")) return res.status(400).send("bad name");
  res.type("application/octet-stream").send(readUpload(name));
});
''',
    "path contained by a helper, read by another": r'''
const fsp = require("fs/promises");
const path = require("path");
const ROOT = path.resolve("./public");
function toPublicPath(input) {
  const target = path.resolve(ROOT, input);
  if (target !== ROOT && !target.startsWith(ROOT + path.sep)) throw new Error("outside root");
  return target;
}
async function serve(p) {
  return fsp.readFile(p, "utf8");
}
app.get("/page", async (req, res) => {
  try { res.type("text/plain").send(await serve(toPublicPath(req.query.p))); }
  catch { res.sendStatus(404); }
});
''',
    "path checked with path.relative": r'''
const fs = require("fs");
const path = require("path");
function readRelative(name) {
  const full = path.resolve(STORE, name);
  if (path.relative(STORE, full).startsWith("..")) throw new Error("outside");
  return fs.readFileSync(full, "utf8");
}
''',
    "file name reduced to its base name": r'''
const fs = require("fs");
const path = require("path");
function readReportSafe(name) {
  return fs.readFileSync(path.join(REPORTS_DIR, path.basename(name)), "utf8");
}
''',
    "plain-text response set with contentType": r'''
app.get("/echo", (req, res) => {
  res.contentType("text/plain");
  res.send("You said: " + req.query.msg);
});
''',
    "Koa body declared plain text": r'''
router.get("/echo", (ctx) => {
  ctx.type = "text/plain";
  ctx.body = `<b>${ctx.query.msg}</b>`;
});
''',
    "MongoDB operators stripped by a middleware of the whole app": r'''
const mongoSanitize = require("express-mongo-sanitize");
app.use(express.json());
app.use(mongoSanitize());
app.post("/login", async (req, res) => {
  const user = await User.findOne({ username: req.body.username });
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  res.json({ id: user.id });
});
''',
    "errorhandler only in development": r'''
const express = require("express");
const errorhandler = require("errorhandler");
const app = express();
if (process.env.NODE_ENV === "development") app.use(errorhandler());
''',
}

UNSAFE = {
    "regex from the request": ("js.flow.regex-injection", r'''
app.get("/grep", (req, res) => {
  const { pattern } = req.query;
  const re = new RegExp(`^${pattern}`, "m");
  res.json(lines.filter((l) => re.test(l)));
});
'''),
    "file read by a helper, name unchecked": ("js.fs.non-literal-path", r'''
const fs = require("fs");
const path = require("path");
function readUpload(fileName) {
  return fs.readFileSync(path.join(UPLOADS, fileName));
}
'''),
    "errorhandler in every environment": ("js.web.verbose-error-handler", r'''
const express = require("express");
const errorhandler = require("errorhandler");
const app = express();
app.use(errorhandler());
'''),
    "GitHub signature header compared with !==": ("js.crypto.timing-unsafe-compare", r'''
app.post("/github", (req, res) => {
  const expected = "sha256=" + crypto.createHmac("sha256", SECRET).update(req.rawBody).digest("hex");
  if (req.headers["x-hub-signature-256"] !== expected) return res.sendStatus(401);
  res.sendStatus(200);
});
'''),
    "API key looked up in a list": ("js.crypto.timing-unsafe-compare", r'''
const VALID_API_KEYS = (process.env.API_KEYS || "").split(",");
function requireKey(req, res, next) {
  const apiKey = req.header("x-api-key") || "";
  if (!VALID_API_KEYS.includes(apiKey)) return res.status(403).end();
  next();
}
'''),
    "ldap-authentication DN built from the user name": ("js.flow.ldap-injection", r'''
const { authenticate } = require("ldap-authentication");
app.post("/login", async (req, res) => {
  const user = await authenticate({
    ldapOpts: { url: "ldap://ldap.example.com" },
    userDn: `uid=${req.body.username},ou=users,dc=example,dc=com`,
    userPassword: req.body.password,
  });
  res.json({ ok: Boolean(user) });
});
'''),
}

_ENGINE: list[TreeSitterEngine] = []


def rules_flagged(code: str) -> set[str]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    record = Record(source="test", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", "javascript", code, 1, True)
    out = _ENGINE[0].scan([RecordResult(record, [snippet])])
    assert [s.status for s in out.statuses] == ["ok"]
    return {f.rule_id for f in out.findings}


@pytest.mark.parametrize("code", list(SAFE.values()), ids=list(SAFE))
def test_safe_lookalike_is_not_flagged(code):
    assert rules_flagged(code) == set()


@pytest.mark.parametrize(("rule", "code"), list(UNSAFE.values()), ids=list(UNSAFE))
def test_unsafe_twin_is_flagged(rule, code):
    assert rule in rules_flagged(code)
