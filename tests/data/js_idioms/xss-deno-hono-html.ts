import { Hono } from "npm:hono@4";
import { html } from "npm:hono@4/html";

const app = new Hono();

app.get("/welcome", (c) => {
  const who = c.req.query("who") ?? "guest";
  // ok: js.flow.xss
  return c.html(html`<main><h1>Welcome, ${who}</h1></main>`);
});

app.get("/raw", (c) => {
  const who = c.req.query("who") ?? "guest";
  // ruleid: js.flow.xss
  return c.html(`<main><h1>Welcome, ${who}</h1></main>`);
});

Deno.serve(app.fetch);
