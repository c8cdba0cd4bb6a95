import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { listAuditEvents } from "./audit";

const app = new Hono();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

app.get("/audit/search", async (c) => {
  const term = c.req.query("q") ?? "";
  const events = await listAuditEvents();
  const pattern = new RegExp(escapeRegExp(term), "i");
  const hits = events.filter((e) => pattern.test(e.message));
  return c.json({ total: hits.length, events: hits.slice(0, 100) });
});

serve({ fetch: app.fetch, port: 3000 });
