import Fastify from "fastify";
import { readFile } from "node:fs/promises";
import path from "node:path";

const app = Fastify({ logger: true });
const DOCS_ROOT = "/srv/handbook/pages";

app.get<{ Params: { "*": string } }>("/handbook/*", async (request, reply) => {
  const page = request.params["*"] || "index.md";
  const file = path.join(DOCS_ROOT, page);
  try {
    const body = await readFile(file, "utf8");
    return reply.type("text/markdown").send(body);
  } catch {
    return reply.code(404).send({ error: "not found" });
  }
});

app.listen({ port: 3001 });
