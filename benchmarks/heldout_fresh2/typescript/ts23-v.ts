import Fastify, { FastifyRequest, FastifyReply } from "fastify";

const app = Fastify();
const METRICS_TOKEN = process.env.METRICS_TOKEN ?? "";

async function checkToken(request: FastifyRequest, reply: FastifyReply) {
  const supplied = request.headers["x-metrics-token"];
  if (typeof supplied !== "string" || supplied !== METRICS_TOKEN) {
    return reply.code(401).send({ error: "unauthorized" });
  }
}

app.get("/internal/metrics", { preHandler: checkToken }, async () => {
  return { uptime: process.uptime(), memory: process.memoryUsage().rss };
});

app.listen({ port: 9100, host: "0.0.0.0" });
