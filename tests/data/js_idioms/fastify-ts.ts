import Fastify, { FastifyRequest } from "fastify";
import { exec, execFile } from "node:child_process";
import escapeHtml from "escape-html";

const app = Fastify({ logger: true });

app.get<{ Querystring: { q: string } }>("/search", async (request, reply) => {
  const q = request.query.q ?? "";
  // ruleid: js.flow.xss
  reply.type("text/html").send(`<p>Results for ${q}</p>`);
});

app.get<{ Querystring: { q: string } }>("/search-safe", async (request, reply) => {
  // ok: js.flow.xss
  reply.type("text/html").send(`<p>Results for ${escapeHtml(request.query.q ?? "")}</p>`);
});

app.post("/ping", async (request: FastifyRequest<{ Body: { host: string } }>, reply) => {
  const { host } = request.body;
  if (!/^[a-z0-9.-]{1,253}$/i.test(host)) return reply.code(400).send({ error: "bad host" });
  // ok: js.flow.command-injection
  exec(`ping -c 1 ${host}`, (err, out) => reply.send(out));
});

app.post("/ping-raw", async (request: FastifyRequest<{ Body: { host: string } }>, reply) => {
  const { host } = request.body;
  // ok: js.flow.command-injection
  execFile("ping", ["-c", "1", host], (err, out) => reply.send(out));
});

export default app;
