import Koa from "koa";
import Router from "@koa/router";
import { Hono } from "hono";
import { NextRequest, NextResponse } from "next/server";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Controller, Get, Query, Res } from "@nestjs/common";

const router = new Router();
router.get("/hello", (ctx) => {
  // ruleid: js.flow.xss
  ctx.body = `<h1>Hello ${ctx.query.name}</h1>`;
});
router.get("/next", (ctx) => {
  // ruleid: js.flow.open-redirect
  ctx.redirect(String(ctx.query.next));
});

const app = new Hono();
app.get("/doc", async (c) => {
  const name = c.req.query("name") ?? "index";
  // ruleid: js.flow.path-traversal
  const text = await readFile(path.join("/srv/docs", name), "utf8");
  return c.text(text);
});
app.get("/go", (c) => {
  // ruleid: js.flow.open-redirect
  return c.redirect(c.req.query("to") ?? "/");
});

export async function GET(request: NextRequest) {
  const url = request.nextUrl.searchParams.get("url")!;
  // ruleid: js.flow.ssrf
  const upstream = await fetch(url);
  return new NextResponse(await upstream.text());
}

@Controller("greet")
export class GreetController {
  @Get()
  greet(@Query("name") name: string) {
    // ruleid: js.flow.xss
    return `<p>Hi ${name}</p>`;
  }
}
