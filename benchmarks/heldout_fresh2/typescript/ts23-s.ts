import Fastify, { FastifyRequest, FastifyReply } from "fastify";
import { createHash, timingSafeEqual } from "node:crypto";

const app = Fastify();
const METRICS_TOKEN = process.env.METRICS_TOKEN ?? "";

const digest = (s: string) => createHash("sha256").update(s).digest();

async function checkToken(request: FastifyRequest, reply: FastifyReply) {
  const supplied = request.headers["x-metrics-token"];
  if (typeof supplied !== "string" || !METRICS_TOKEN || !timingSafeEqual(digest(supplied), digest(METRICS_TOKEN))) {
    return reply.code(401).send({ error: "unauthorized" });
  }
}

app.get("/internal/metrics", { preHandler: checkToken }, async () => {
  return { uptime: process.uptime(), memory: process.memoryUsage().rss };
});

app.listen({ port: 9100, host: "0.0.0.0" });
