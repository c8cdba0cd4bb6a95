import { Hono } from "jsr:@hono/hono";
import { html as markup } from "jsr:@hono/hono/html";

const app = new Hono();

app.post("/preview", async (c) => {
  const { title } = await c.req.json();
  // ok: js.flow.xss
  return c.html(markup`<article><h2>${title}</h2></article>`);
});

app.post("/preview-raw", async (c) => {
  const { title } = await c.req.json();
  // ruleid: js.flow.xss
  return c.html("<article><h2>" + title + "</h2></article>");
});

export default app;
