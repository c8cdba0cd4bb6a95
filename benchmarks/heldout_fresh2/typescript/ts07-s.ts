import { Hono } from "npm:hono";
import { html } from "npm:hono/html";

const app = new Hono();

app.get("/unsubscribe", (c) => {
  const email = c.req.query("email") ?? "";
  const list = c.req.query("list") ?? "newsletter";
  // await removeFromList(list, email);
  return c.html(
    html`<html><body><p>${email} has been removed from <b>${list}</b>.</p>
     <a href="/">Back to the site</a></body></html>`,
  );
});

Deno.serve({ port: 8787 }, app.fetch);
