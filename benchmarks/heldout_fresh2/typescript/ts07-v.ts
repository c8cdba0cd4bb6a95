import { Hono } from "npm:hono";

const app = new Hono();

app.get("/unsubscribe", (c) => {
  const email = c.req.query("email") ?? "";
  const list = c.req.query("list") ?? "newsletter";
  // await removeFromList(list, email);
  return new Response(
    `<html><body><p>${email} has been removed from <b>${list}</b>.</p>
     <a href="/">Back to the site</a></body></html>`,
    { headers: { "content-type": "text/html; charset=utf-8" } },
  );
});

Deno.serve({ port: 8787 }, app.fetch);
