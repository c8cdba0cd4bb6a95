"""Safe JavaScript, TypeScript and Java look-alikes that no rule may flag, each scanned as its own snippet,
with their unsafe twins: checks that count anywhere in a snippet (a helper that blinds both sides of a
compare, a validation call before a session write) need snippets of their own, apart from the rule fixtures.
"""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

SAFE: dict[str, tuple[str, str]] = {
    "js: an HMAC helper blinds both sides of timingSafeEqual": ("javascript", r'''
const crypto = require("crypto");
function blind(value) {
  return crypto.createHmac("sha256", "compare-blinding").update(String(value)).digest();
}
function apiKeyMatches(given) {
  return crypto.timingSafeEqual(blind(given), blind(process.env.API_KEY || ""));
}
'''),
    "js: inline HMACs blind both sides of timingSafeEqual": ("javascript", r'''
const crypto = require("crypto");
function sameSecret(a, b) {
  return crypto.timingSafeEqual(
    crypto.createHmac("sha256", "fixed-blind-key").update(a).digest(),
    crypto.createHmac("sha256", "fixed-blind-key").update(b).digest());
}
'''),
    "ts: an arrow HMAC helper blinds a bearer token compare": ("typescript", r'''
import { createHmac, timingSafeEqual } from "node:crypto";
const ADMIN_TOKEN: string = process.env.ADMIN_TOKEN ?? "";
const digestOf = (s: string): Buffer => createHmac("sha512", "eq-check").update(s).digest();
export function isAdmin(header: string): boolean {
  return ADMIN_TOKEN !== "" && timingSafeEqual(digestOf(header.replace(/^Bearer /, "")), digestOf(ADMIN_TOKEN));
}
'''),
    "js: a promise-wrapped helper runs a parameterized query": ("javascript", r'''
const mysql = require("mysql");
const pool = mysql.createPool({ host: "db" });
function loadOrders(customer) {
  return new Promise((resolve, reject) => {
    pool.query("SELECT * FROM orders WHERE customer = ?", [customer], (err, rows) => err ? reject(err) : resolve(rows));
  });
}
app.get("/orders", async (req, res) => {
  res.json(await loadOrders(req.query.customer));
});
'''),
    "js: a promise-wrapped helper runs execFile with an argument list": ("javascript", r'''
const { execFile } = require("child_process");
const lookup = (host) => new Promise((resolve, reject) => {
  execFile("nslookup", [host], (err, out) => (err ? reject(err) : resolve(out)));
});
app.post("/dns", async (req, res) => {
  res.type("text").send(await lookup(req.body.host));
});
'''),
    "js: a class method escapes the field its constructor filled": ("javascript", r'''
class Card {
  constructor(title, tone) { this.title = title; this.tone = tone === "dark" ? "dark" : "light"; }
  html() { return `<h2 class="${this.tone}">${escapeHtml(this.title)}</h2>`; }
}
app.get("/card", (req, res) => {
  const card = new Card(req.query.title, "dark");
  res.send(card.html());
});
'''),
    "ts: parameter properties rendered through he.encode": ("typescript", r'''
import he from "he";
import express from "express";
class Banner {
  constructor(private readonly message: string, private readonly level = "info") {}
  toHtml(): string {
    return '<div class="banner ' + this.level + '">' + he.encode(this.message) + "</div>";
  }
}
const app = express();
app.get("/banner", (req, res) => {
  const banner = new Banner(String(req.query.msg ?? ""));
  res.send(banner.toHtml());
});
'''),
    "ts: a sort column picked by a typed allow-list ternary": ("typescript", r'''
const ALLOWED_SORT = ["name", "created_at", "price"] as const;
type Sort = typeof ALLOWED_SORT[number];
app.get("/products", async (req, res) => {
  const sort = (ALLOWED_SORT as readonly string[]).includes(String(req.query.sort)) ? (req.query.sort as Sort) : "name";
  const rows = await db.query(`SELECT * FROM products ORDER BY ${sort} LIMIT $1`, [Number(req.query.limit) || 20]);
  res.json(rows.rows);
});
'''),
    "js: a report column checked as text, picked as it came": ("javascript", r'''
const COLUMNS = ["day", "week", "month"];
app.get("/report", async (req, res) => {
  const group = COLUMNS.includes(req.query.group.toString()) ? req.query.group : "day";
  const result = await pool.query(`SELECT ${group}, SUM(total) FROM sales GROUP BY ${group}`);
  res.json(result.rows);
});
'''),
    "ts: a file name held inside the base by path.relative": ("typescript", r'''
import path from "node:path";
import { promises as fs } from "node:fs";
const ROOT = path.resolve("data");
export async function readDoc(name: string): Promise<string> {
  const full = path.resolve(ROOT, name);
  if (path.relative(ROOT, full).startsWith("..")) throw new Error("outside");
  return fs.readFile(full, "utf8");
}
app.get("/doc", async (req, res) => res.type("text").send(await readDoc(String(req.query.name))));
'''),
    "js: a level checked by an anchored pattern built from a fixed list": ("javascript", r'''
const KEYWORDS = ["error", "warn", "info"];
const levelRe = new RegExp(`^(${KEYWORDS.join("|")})$`);
app.get("/logs", (req, res) => {
  const level = String(req.query.level);
  if (!levelRe.test(level)) return res.status(400).end();
  const matcher = new RegExp(`\\[${level}\\]`, "i");
  res.json(lines.filter((l) => matcher.test(l)));
});
'''),
    "ts: a route pattern compiled from fixed segments": ("typescript", r'''
const SECTIONS = ["docs", "blog", "api"] as const;
const sectionPath = new RegExp(`^/(${SECTIONS.join("|")})/[a-z0-9-]+$`);
export const isSectionPath = (p: string): boolean => sectionPath.test(p);
'''),
}

UNSAFE: dict[str, tuple[str, str, str]] = {
    "js: an HMAC keyed with a literal signs a webhook": ("javascript", "js.crypto.hardcoded-key", r'''
const crypto = require("crypto");
app.post("/hook", (req, res) => {
  const expected = crypto.createHmac("sha256", "whsec_live_9f8e7d6c").update(req.rawBody).digest("hex");
  const ok = crypto.timingSafeEqual(Buffer.from(req.get("x-sig") || ""), Buffer.from(expected));
  res.sendStatus(ok ? 200 : 401);
});
'''),
    "js: a signing helper keyed with a literal, compared in constant time": ("javascript", "js.crypto.hardcoded-key", r'''
const crypto = require("crypto");
const sign = (body) => crypto.createHmac("sha256", "super-secret-signing-key").update(body).digest();
app.post("/hook", (req, res) => {
  const ok = crypto.timingSafeEqual(Buffer.from(req.get("x-sig") || "", "hex"), sign(req.rawBody));
  res.sendStatus(ok ? 200 : 401);
});
'''),
    "ts: a bearer token compared with === after slicing by a length": ("typescript", "js.crypto.timing-unsafe-compare", r'''
const METRICS_API_KEY: string = process.env.METRICS_API_KEY ?? "";
export const allowed = (header?: string): boolean =>
  !!header && header.slice("Token ".length) === METRICS_API_KEY;
'''),
    "js: a promise-wrapped helper pastes into SQL": ("javascript", "js.flow.sql-injection", r'''
const mysql = require("mysql");
const pool = mysql.createPool({ host: "db" });
function loadOrders(customer) {
  return new Promise((resolve, reject) => {
    const sql = "SELECT * FROM orders WHERE customer = '" + customer + "'";
    pool.query(sql, (err, rows) => err ? reject(err) : resolve(rows));
  });
}
app.get("/orders", async (req, res) => {
  res.json(await loadOrders(req.query.customer));
});
'''),
    "js: an LDAP filter built in a promise inside a helper": ("javascript", "js.flow.ldap-injection", r'''
const ldap = require("ldapjs");
function findUserDn(client, login) {
  return new Promise((resolve, reject) => {
    const filter = "(&(objectClass=user)(uid=" + login + "))";
    client.search("dc=example,dc=com", { scope: "sub", filter }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}
app.post("/login", async (req, res) => {
  const client = ldap.createClient({ url: "ldaps://ldap.example.com" });
  res.json({ dn: await findUserDn(client, req.body.login) });
});
'''),
    "js: a class method pastes the field its constructor filled": ("javascript", "js.flow.xss", r'''
class Card {
  constructor(title) { this.title = title; }
  html() { return `<h2>${this.title}</h2>`; }
}
app.get("/card", (req, res) => {
  const card = new Card(req.query.title);
  res.send(card.html());
});
'''),
    "ts: a parameter property rendered as it came": ("typescript", "js.flow.xss", r'''
import express from "express";
class Banner {
  constructor(private readonly message: string, private readonly level = "info") {}
  toHtml(): string {
    return '<div class="banner ' + this.level + '">' + this.message + "</div>";
  }
}
const app = express();
app.get("/banner", (req, res) => {
  const banner = new Banner(String(req.query.msg ?? ""));
  res.send(banner.toHtml());
});
'''),
    "js: a session id from Math.random with no crypto in sight": ("javascript", "js.crypto.insecure-random", r'''
function rand() { return Math.random().toString(36).slice(2); }
app.post("/login", (req, res) => {
  res.cookie("sid", rand() + rand(), { httpOnly: true });
  res.end();
});
'''),
    "ts: the allow-list tests one value and the query takes another": ("typescript", "js.sql.string-built-query", r'''
const ALLOWED_SORT = ["name", "created_at", "price"] as const;
app.get("/products", async (req, res) => {
  const sort = (ALLOWED_SORT as readonly string[]).includes(String(req.query.sort)) ? (req.query.order as string) : "name";
  const rows = await db.query(`SELECT * FROM products ORDER BY ${sort}`);
  res.json(rows.rows);
});
'''),
    "js: an anchored pattern tests one value, another is compiled": ("javascript", "js.flow.regex-injection", r'''
const KEYWORDS = ["error", "warn", "info"];
const levelRe = new RegExp(`^(${KEYWORDS.join("|")})$`);
app.get("/logs", (req, res) => {
  if (!levelRe.test(String(req.query.level))) return res.status(400).end();
  const matcher = new RegExp(String(req.query.term), "i");
  res.json(lines.filter((l) => matcher.test(l)));
});
'''),
}

_ENGINE: list[TreeSitterEngine] = []


def rules_flagged(language: str, code: str) -> set[str]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    record = Record(source="test", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", language, code, 1, True)
    out = _ENGINE[0].scan([RecordResult(record, [snippet])])
    assert [s.status for s in out.statuses] == ["ok"]
    return {f.rule_id for f in out.findings}


@pytest.mark.parametrize(("language", "code"), list(SAFE.values()), ids=list(SAFE))
def test_safe_lookalike_is_not_flagged(language, code):
    assert rules_flagged(language, code) == set()


@pytest.mark.parametrize(("language", "rule", "code"), list(UNSAFE.values()), ids=list(UNSAFE))
def test_unsafe_twin_is_flagged(language, rule, code):
    assert rule in rules_flagged(language, code)
