import { createServer } from "node:http";
import { writeFileSync, readFileSync, unlinkSync } from "node:fs";
import { execFileSync } from "node:child_process";

createServer(async (req, res) => {
  if (req.method !== "POST" || req.url !== "/render/pdf") {
    res.writeHead(404).end();
    return;
  }
  let html = "";
  for await (const chunk of req) html += chunk;
  const base = `/tmp/render-${process.pid}-${Date.now()}`;
  writeFileSync(`${base}.html`, html);
  execFileSync("wkhtmltopdf", ["--disable-javascript", `${base}.html`, `${base}.pdf`]);
  const pdf = readFileSync(`${base}.pdf`);
  unlinkSync(`${base}.html`);
  unlinkSync(`${base}.pdf`);
  res.writeHead(200, { "content-type": "application/pdf" }).end(pdf);
}).listen(8090);
