"""TypeScript answers in the frameworks real code uses (Express, Fastify, Koa, NestJS, Next.js route handlers,
Hono, Node's http): each vulnerable answer is flagged by the rule of its class, its safe twin by no rule at all.

TypeScript-only syntax (`as` casts, `!`, typed destructuring, generics, decorators) must not break the flow; the
JavaScript fixtures under rules/javascript/fixtures cover the same rules in plain JavaScript.
"""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

CASES = [
    ('insecure-cookie-next-vulnerable', ['js.web.insecure-cookie'], r'''
import { NextResponse } from "next/server";
export async function POST(req: Request) {
  const { email, password } = await req.json();
  const session = await createSession(email, password);
  const res = NextResponse.json({ ok: true });
  res.cookies.set("session", session.id);
  return res;
}
'''),
    ('insecure-cookie-next-safe', [], r'''
import { NextResponse } from "next/server";
export async function POST(req: Request) {
  const { email, password } = await req.json();
  const session = await createSession(email, password);
  const res = NextResponse.json({ ok: true });
  res.cookies.set("session", session.id, { httpOnly: true, secure: true, sameSite: "lax", path: "/" });
  return res;
}
'''),
    ('insecure-cookie-fastify-vulnerable', ['js.web.insecure-cookie'], r'''
import Fastify from "fastify";
const app = Fastify();
app.post("/login", async (request, reply) => {
  const token = await login(request.body as Creds);
  reply.setCookie("auth_token", token, { path: "/" });
  return { ok: true };
});
'''),
    ('insecure-cookie-fastify-safe', [], r'''
import Fastify from "fastify";
const app = Fastify();
app.post("/login", async (request, reply) => {
  const token = await login(request.body as Creds);
  reply.setCookie("auth_token", token, { path: "/", httpOnly: true, secure: true, sameSite: "lax" });
  return { ok: true };
});
'''),
    ('jwt-unverified-named-vulnerable', ['js.jwt.unverified-token'], r'''
import { decode } from "jsonwebtoken";
import { Request, Response, NextFunction } from "express";
export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace("Bearer ", "") ?? "";
  const payload = decode(token) as { sub: string; role: string } | null;
  if (!payload) return res.status(401).end();
  (req as any).user = payload;
  next();
}
'''),
    ('jwt-unverified-named-safe', [], r'''
import { verify } from "jsonwebtoken";
import { Request, Response, NextFunction } from "express";
export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace("Bearer ", "") ?? "";
  try {
    const payload = verify(token, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as { sub: string };
    (req as any).user = payload;
    next();
  } catch {
    return res.status(401).end();
  }
}
'''),
    ('jwt-unverified-manual-vulnerable', ['js.jwt.unverified-token'], r'''
export async function GET(request: Request) {
  const token = request.headers.get("authorization")!.split(" ")[1];
  const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
  if (claims.role !== "admin") return new Response("forbidden", { status: 403 });
  return Response.json(await loadAdminStats());
}
'''),
    ('jwt-unverified-jose-safe', [], r'''
import { jwtVerify } from "jose";
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
export async function GET(request: Request) {
  const token = request.headers.get("authorization")!.split(" ")[1];
  const { payload } = await jwtVerify(token, secret, { algorithms: ["HS256"] });
  if (payload.role !== "admin") return new Response("forbidden", { status: 403 });
  return Response.json(await loadAdminStats());
}
'''),
    ('nosql-injection-hono-vulnerable', ['js.flow.nosql-injection'], r'''
import { Hono } from "hono";
const app = new Hono();
app.post("/login", async (c) => {
  const { username, password } = await c.req.json();
  const user = await db.collection("users").findOne({ username, password });
  return user ? c.json({ ok: true }) : c.json({ ok: false }, 401);
});
'''),
    ('nosql-injection-hono-safe', [], r'''
import { Hono } from "hono";
const app = new Hono();
app.post("/login", async (c) => {
  const { username, password } = await c.req.json();
  if (typeof username !== "string" || typeof password !== "string") return c.json({ error: "bad" }, 400);
  const user = await db.collection("users").findOne({ username, password: await hashOf(password) });
  return user ? c.json({ ok: true }) : c.json({ ok: false }, 401);
});
'''),
    ('nosql-injection-express_typed-vulnerable', ['js.flow.nosql-injection'], r'''
import { Request, Response } from "express";
interface LoginBody { email: string; password: string }
export const login = async (req: Request<{}, {}, LoginBody>, res: Response) => {
  const { email, password } = req.body as LoginBody;
  const user = await UserModel.findOne({ email: email, password: password }).exec();
  if (!user) return res.status(401).json({ error: "invalid" });
  res.json({ id: user.id });
};
'''),
    ('nosql-injection-express_typed-safe', [], r'''
import { Request, Response } from "express";
interface LoginBody { email: string; password: string }
export const login = async (req: Request<{}, {}, LoginBody>, res: Response) => {
  const { email, password } = req.body as LoginBody;
  if (typeof email !== "string" || typeof password !== "string") return res.status(400).end();
  const user = await UserModel.findOne({ email: { $eq: email } }).exec();
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return res.status(401).json({ error: "invalid" });
  res.json({ id: user.id });
};
'''),
    ('open-redirect-next-vulnerable', ['js.flow.open-redirect'], r'''
import { NextRequest, NextResponse } from "next/server";
export function GET(req: NextRequest) {
  const returnTo = req.nextUrl.searchParams.get("returnTo") || "/";
  return NextResponse.redirect(new URL(returnTo, req.url));
}
'''),
    ('open-redirect-next-safe', [], r'''
import { NextRequest, NextResponse } from "next/server";
export function GET(req: NextRequest) {
  const returnTo = req.nextUrl.searchParams.get("returnTo") || "/";
  const safe = returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/";
  return NextResponse.redirect(new URL(safe, req.url));
}
'''),
    ('open-redirect-nextorigin-safe', [], r'''
import { NextRequest, NextResponse } from "next/server";
export function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get("next") ?? "/";
  const target = new URL(next, request.url);
  if (target.origin !== request.nextUrl.origin) {
    return NextResponse.redirect(new URL("/", request.url));
  }
  return NextResponse.redirect(target);
}
'''),
    ('open-redirect-hono-vulnerable', ['js.flow.open-redirect'], r'''
import { Hono } from "hono";
const app = new Hono();
app.get("/out", (c) => {
  const target = c.req.query("url");
  return c.redirect(target!);
});
'''),
    ('open-redirect-hono-safe', [], r'''
import { Hono } from "hono";
const app = new Hono();
const ALLOWED = new Set(["/home", "/profile"]);
app.get("/out", (c) => {
  const target = c.req.query("url") ?? "/";
  return c.redirect(ALLOWED.has(target) ? target : "/");
});
'''),
    ('path-traversal-nodefs-vulnerable', ['js.flow.path-traversal'], r'''
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Request, Response } from "express";
export async function download(req: Request, res: Response) {
  const file = path.join(process.cwd(), "uploads", req.params.name);
  const data = await readFile(file);
  res.send(data);
}
'''),
    ('path-traversal-nodefs-safe', [], r'''
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Request, Response } from "express";
const ROOT = path.resolve(process.cwd(), "uploads");
export async function download(req: Request, res: Response) {
  const file = path.resolve(ROOT, req.params.name);
  if (!file.startsWith(ROOT + path.sep)) return res.status(400).send("bad path");
  const data = await readFile(file);
  res.send(data);
}
'''),
    ('path-traversal-nest-vulnerable', ['js.flow.path-traversal'], r'''
import { Controller, Get, Param, Res } from "@nestjs/common";
import { Response } from "express";
import * as path from "path";
@Controller("files")
export class FilesController {
  @Get(":name")
  get(@Param("name") name: string, @Res() res: Response) {
    return res.sendFile(path.join(__dirname, "..", "storage", name));
  }
}
'''),
    ('path-traversal-nest-safe', [], r'''
import { Controller, Get, Param, Res, BadRequestException } from "@nestjs/common";
import { Response } from "express";
import * as path from "path";
const STORAGE = path.resolve(__dirname, "..", "storage");
@Controller("files")
export class FilesController {
  @Get(":name")
  get(@Param("name") name: string, @Res() res: Response) {
    const full = path.resolve(STORAGE, name);
    if (!full.startsWith(STORAGE + path.sep)) throw new BadRequestException();
    return res.sendFile(full);
  }
}
'''),
    ('timing-unsafe-compare-webhook-vulnerable', ['js.crypto.timing-unsafe-digest-compare'], r'''
import crypto from "node:crypto";
export async function POST(req: Request) {
  const raw = await req.text();
  const received = req.headers.get("x-hub-signature-256") ?? "";
  const expected = "sha256=" + crypto.createHmac("sha256", process.env.WEBHOOK_SECRET!).update(raw).digest("hex");
  if (received !== expected) return new Response("bad signature", { status: 401 });
  return new Response("ok");
}
'''),
    ('timing-unsafe-compare-webhook-safe', [], r'''
import crypto from "node:crypto";
export async function POST(req: Request) {
  const raw = await req.text();
  const received = Buffer.from(req.headers.get("x-hub-signature-256") ?? "");
  const expected = Buffer.from("sha256=" + crypto.createHmac("sha256", process.env.WEBHOOK_SECRET!).update(raw).digest("hex"));
  if (received.length !== expected.length || !crypto.timingSafeEqual(received, expected)) {
    return new Response("bad signature", { status: 401 });
  }
  return new Response("ok");
}
'''),
    ('timing-unsafe-compare-guard-vulnerable', ['js.crypto.timing-unsafe-compare'], r'''
import { CanActivate, ExecutionContext, Injectable } from "@nestjs/common";
@Injectable()
export class ApiKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return request.headers["x-api-key"] === this.config.get<string>("API_KEY");
  }
}
'''),
    ('timing-unsafe-compare-guard-safe', [], r'''
import { CanActivate, ExecutionContext, Injectable } from "@nestjs/common";
import { timingSafeEqual } from "crypto";
@Injectable()
export class ApiKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const given = Buffer.from(String(request.headers["x-api-key"] ?? ""));
    const expected = Buffer.from(this.config.get<string>("API_KEY") ?? "");
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
'''),
    ('timing-unsafe-compare-etag-safe', [], r'''
import { createHash } from "crypto";
export function handler(req: any, res: any) {
  const body = JSON.stringify(loadCatalog());
  const etag = createHash("sha256").update(body).digest("hex");
  if (req.headers["if-none-match"] === etag) return res.status(304).end();
  res.setHeader("ETag", etag);
  res.end(body);
}
'''),
    ('xss-hono-vulnerable', ['js.flow.xss'], r'''
import { Hono } from "hono";
const app = new Hono();
app.get("/hello", (c) => {
  const name = c.req.query("name") ?? "guest";
  return c.html(`<h1>Hello ${name}</h1>`);
});
'''),
    ('xss-honojsx-safe', [], r'''
import { Hono } from "hono";
import { html } from "hono/html";
const app = new Hono();
app.get("/hi", (c) => {
  const name = c.req.query("name") ?? "";
  return c.html(html`<h1>Hello ${name}</h1>`);
});
'''),
    ('xss-fastify-vulnerable', ['js.flow.xss'], r'''
import Fastify from "fastify";
const app = Fastify();
app.get("/search", async (request, reply) => {
  const { q } = request.query as { q: string };
  reply.type("text/html").send(`<p>Results for ${q}</p>`);
});
'''),
    ('xss-fastify-safe', [], r'''
import Fastify from "fastify";
import escapeHtml from "escape-html";
const app = Fastify();
app.get("/search", async (request, reply) => {
  const { q } = request.query as { q: string };
  reply.type("text/html").send(`<p>Results for ${escapeHtml(q)}</p>`);
});
'''),
    ('xss-nextresponse-vulnerable', ['js.flow.xss'], r'''
export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const msg = searchParams.get("msg") ?? "";
  return new Response(`<div class="banner">${msg}</div>`, { headers: { "Content-Type": "text/html" } });
}
'''),
    ('xss-nextescape-safe', [], r'''
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[ch]!));
}
export async function GET(request: Request, { params }: { params: { slug: string } }) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const body = `<h1>${escapeHtml(params.slug)}</h1><p>${escapeHtml(q)}</p>`;
  return new Response(body, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
'''),
    ('xss-expresstext-safe', [], r'''
import { Request, Response } from "express";
export function echo(req: Request, res: Response) {
  const msg = String(req.query.msg ?? "");
  res.status(200).type("text/plain").send(`You said: ${msg}`);
}
'''),
    ('regex-injection-helper-safe', [], r'''
import { Request, Response } from "express";
function escapeForRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
export function search(req: Request, res: Response) {
  const term = req.query.q as string;
  const re = new RegExp(escapeForRegex(term), "i");
  res.json(items.filter((i) => re.test(i.name)));
}
'''),
    ('regex-injection-lodashpath-safe', [], r'''
import escapeRegExp from "lodash/escapeRegExp";
import { Request, Response } from "express";
export function search(req: Request, res: Response) {
  const pattern = new RegExp(`^${escapeRegExp(String(req.query.prefix))}`, "i");
  res.json(items.filter((i) => pattern.test(i.name)));
}
'''),
    ('regex-injection-hono-vulnerable', ['js.flow.regex-injection', 'js.regex.non-literal-pattern'], r'''
import { Hono } from "hono";
const app = new Hono();
app.get("/grep", (c) => {
  const pattern = c.req.query("pattern") ?? "";
  const re = new RegExp(pattern);
  return c.json(lines.filter((l) => re.test(l)));
});
'''),
    ('weak-password-hash-pbkdf2-safe', [], r'''
import { pbkdf2Sync, randomBytes } from "crypto";
const ITERATIONS = 600_000;
export function hashPassword(password: string) {
  const salt = randomBytes(16).toString("hex");
  const hash = pbkdf2Sync(password, salt, ITERATIONS, 32, "sha256").toString("hex");
  return { salt, hash };
}
'''),
    ('weak-password-hash-scrypt-safe', [], r'''
import { randomBytes, scryptSync } from "node:crypto";
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 });
  return `${salt.toString("hex")}:${key.toString("hex")}`;
}
'''),
    ('weak-password-hash-filehash-safe', [], r'''
import { createHash } from "crypto";
import { readFile } from "fs/promises";
export async function checksum(filePath: string) {
  const buf = await readFile(filePath);
  return createHash("sha256").update(buf).digest("hex");
}
'''),
    ('stack-trace-exposure-response-vulnerable', ['js.flow.stack-trace-exposure'], r'''
export async function GET() {
  try {
    return Response.json(await loadReport());
  } catch (e) {
    return new Response((e as Error).stack, { status: 500 });
  }
}
'''),
    ('stack-trace-exposure-response-safe', [], r'''
export async function GET() {
  try {
    return Response.json(await loadReport());
  } catch (e) {
    console.error((e as Error).stack);
    return new Response("Internal error", { status: 500 });
  }
}
'''),
    ('stack-trace-exposure-fastify-vulnerable', ['js.flow.stack-trace-exposure'], r'''
fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.status(500).send({ message: error.message, stack: error.stack });
});
'''),
    ('stack-trace-exposure-fastify-safe', [], r'''
fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.status(error.statusCode ?? 500).send({ message: "Internal Server Error" });
});
'''),
    ('trust-boundary-iron-vulnerable', ['js.flow.trust-boundary'], r'''
import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
export async function POST(req: Request) {
  const body = await req.json();
  const session = await getIronSession<SessionData>(cookies(), sessionOptions);
  session.role = body.role;
  await session.save();
  return Response.json({ ok: true });
}
'''),
    ('trust-boundary-iron-safe', [], r'''
import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
export async function POST(req: Request) {
  const body = await req.json();
  const session = await getIronSession<SessionData>(cookies(), sessionOptions);
  const user = await db.user.findUnique({ where: { email: String(body.email) } });
  if (!user || !(await bcrypt.compare(String(body.password), user.hash))) return new Response(null, { status: 401 });
  session.role = user.role;
  await session.save();
  return Response.json({ ok: true });
}
'''),
    ('ssrf-hono-vulnerable', ['js.flow.ssrf'], r'''
import { Hono } from "hono";
const app = new Hono();
app.post("/preview", async (c) => {
  const { url } = await c.req.json<{ url: string }>();
  const r = await fetch(url);
  return c.text(await r.text());
});
'''),
    ('command-injection-serveraction-vulnerable', ['js.exec.shell-command-injection'], r'''
"use server";
import { execSync } from "child_process";
export async function convert(formData: FormData) {
  const file = formData.get("file") as string;
  execSync(`convert ${file} out.png`);
}
'''),
    ('nosql-injection-nestdto-vulnerable', ['js.flow.nosql-injection'], r'''
export class LoginDto {
  email: string;
  password: string;
}
@Controller("auth")
export class AuthController {
  constructor(@InjectModel(User.name) private userModel: Model<User>) {}
  @Post("login")
  async login(@Body() dto: LoginDto) {
    const user = await this.userModel.findOne({ email: dto.email, password: dto.password }).exec();
    if (!user) throw new UnauthorizedException();
    return { id: user.id };
  }
}
'''),
    ('nosql-injection-nestdto-safe', [], r'''
import { IsEmail, IsString, MinLength } from "class-validator";
export class LoginDto {
  @IsEmail()
  email: string;
  @IsString()
  @MinLength(8)
  password: string;
}
@Controller("auth")
export class AuthController {
  constructor(@InjectModel(User.name) private userModel: Model<User>) {}
  @Post("login")
  async login(@Body() dto: LoginDto) {
    const user = await this.userModel.findOne({ email: dto.email }).exec();
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) throw new UnauthorizedException();
    return { id: user.id };
  }
}
'''),
    ('xss-nest-vulnerable', ['js.flow.xss'], r'''
@Controller("g")
export class G {
  @Get()
  greet(@Query("name") name: string) {
    return `<p>Hello ${name}</p>`;
  }
}
'''),
    ('xss-nestheader-safe', [], r'''
@Controller("g")
export class G {
  @Get()
  @Header("Content-Type", "text/plain")
  greet(@Query("name") name: string) {
    return `<p>Hello ${name}</p>`;
  }
  @Get("json")
  json(@Query("name") name: string) {
    return { greeting: `<p>Hello ${name}</p>` };
  }
}
'''),
    ('xss-proxied-safe', [], r'''
import { Request, Response } from "express";
const API_BASE = "https://api.example.com";
export async function profile(req: Request, res: Response) {
  const id = req.params.id;
  if (!/^\d+$/.test(id)) return res.status(400).end();
  const upstream = await fetch(`${API_BASE}/profiles/${id}`);
  res.status(upstream.status).send(await upstream.text());
}
'''),
    ('xss-zod-vulnerable', ['js.flow.xss'], r'''
import { z } from "zod";
const Query = z.object({ theme: z.enum(["light", "dark"]), title: z.string().max(80) });
export function page(req: Request, res: Response) {
  const { theme, title } = Query.parse(req.query);
  res.send(`<body class="${theme}"><h1>${title}</h1></body>`);
}
'''),
    ('xss-zod-safe', [], r'''
import { z } from "zod";
const Query = z.object({ theme: z.enum(["light", "dark"]), slug: z.string().regex(/^[a-z0-9-]{1,40}$/) });
export function page(req: Request, res: Response) {
  const { theme, slug } = Query.parse(req.query);
  res.send(`<body class="${theme}"><h1>${slug}</h1></body>`);
}
'''),
]

_ENGINE: list[TreeSitterEngine] = []


def rules_flagged(code: str) -> list[str]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    record = Record(source="test", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", "typescript", code, 1, True)
    out = _ENGINE[0].scan([RecordResult(record, [snippet])])
    assert [s.status for s in out.statuses] == ["ok"]
    return sorted({f.rule_id for f in out.findings})


@pytest.mark.parametrize(("rules", "code"), [(rules, code) for _, rules, code in CASES],
                         ids=[case[0] for case in CASES])
def test_typescript_framework_answer(rules, code):
    assert rules_flagged(code) == rules
