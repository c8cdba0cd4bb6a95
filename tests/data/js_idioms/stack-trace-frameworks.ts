import Koa from "koa";
import Fastify from "fastify";
import { Hono } from "hono";
import { NextResponse } from "next/server";
import util from "node:util";

const koa = new Koa();
koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status ?? 500;
    // ruleid: js.flow.stack-trace-exposure
    ctx.body = { error: err.message, trace: err.stack };
  }
});

const fastify = Fastify();
fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  // ok: js.flow.stack-trace-exposure
  reply.status(500).send({ error: "Internal Server Error" });
});

const app = new Hono();
app.onError((e, c) => {
  // ruleid: js.flow.stack-trace-exposure
  return c.text(util.inspect(e), 500);
});

export async function GET() {
  try {
    return NextResponse.json(await load());
  } catch (err) {
    console.error(err);
    // ok: js.flow.stack-trace-exposure
    return NextResponse.json({ error: "could not load" }, { status: 500 });
  }
}

export async function POST() {
  try {
    return NextResponse.json(await load());
  } catch (err) {
    // ruleid: js.flow.stack-trace-exposure
    return NextResponse.json({ error: String(err), stack: (err as Error).stack }, { status: 500 });
  }
}

koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = 500;
    // ok: js.flow.stack-trace-exposure
    ctx.body = { error: "internal", detail: process.env.NODE_ENV === "development" ? err.stack : undefined };
  }
});

async function load() { return []; }
